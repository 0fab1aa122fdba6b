"""A plugin registering a thread pool whose caps wrongly say its workers are processes: the tests that kill a worker
must fail, not kill the process running them."""

from conformance.backends import Backend


def pytest_mp_conformance_backends(config):
    from conformance import capabilities, executors

    return [Backend("threads-as-processes", None, "1.0", None, caps={None: capabilities.of_processes(None)},
                    futures=executors.threads)]
