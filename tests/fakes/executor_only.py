"""A plugin registering an executor-only backend: stdlib's ProcessPoolExecutor without a context, and no multiprocessing API."""

from conformance.backends import Backend


def pytest_mp_conformance_backends(config):
    import concurrent.futures
    import concurrent.futures.process

    from conformance import capabilities, executors

    def futures(context):
        return executors.Futures(None, concurrent.futures.ProcessPoolExecutor, (concurrent.futures,), context_keyword=None,
                                 BrokenProcessPool=concurrent.futures.process.BrokenProcessPool)

    return [Backend("pool-only", None, "1.0", None, caps={None: capabilities.of_processes(None)}, futures=futures)]
