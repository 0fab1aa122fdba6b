"""A plugin registering an executor-only backend whose Futures modules disagree on wait: refused before the run."""

import types

from conformance.backends import Backend


def pytest_mp_conformance_backends(config):
    import concurrent.futures
    import multiprocessing.connection

    from conformance import capabilities, executors

    mine = types.ModuleType("my_executor")  # exports multiprocessing.connection.wait, as loky.process_executor does
    mine.wait = multiprocessing.connection.wait

    def futures(context):
        return executors.Futures(None, concurrent.futures.ThreadPoolExecutor, (mine, concurrent.futures), context_keyword=None)

    return [Backend("ambiguous", None, "1.0", None, caps={None: capabilities.of_interpreter()}, futures=futures)]
