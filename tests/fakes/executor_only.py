"""A plugin registering an executor-only backend: stdlib's ProcessPoolExecutor on spawn, and no multiprocessing API."""

from conformance.backends import Backend


def pytest_mp_conformance_backends(config):
    import concurrent.futures
    import concurrent.futures.process
    import multiprocessing

    from conformance.executors import Futures

    spawn = multiprocessing.get_context("spawn")
    futures = Futures(spawn, concurrent.futures.ProcessPoolExecutor, (concurrent.futures, concurrent.futures.process))
    return [Backend("pool-only", None, "1.0", {None: None}, futures=lambda context: futures, chapters=("executor",))]
