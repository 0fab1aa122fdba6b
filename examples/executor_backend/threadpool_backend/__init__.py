"""An example executor-only backend: concurrent.futures.ThreadPoolExecutor, declared as its maintainer would."""

import concurrent.futures
import concurrent.futures.thread
import platform
from pathlib import Path


def futures(context):
    """The executor API the suite's executor chapter runs against (`mp.futures` in a spec test).

    ThreadPoolExecutor takes no multiprocessing context: context is None and context_keyword=None,
    so the tests of mp_context are not applicable. Its pool breaks with BrokenThreadPool, its analogue
    of BrokenProcessPool; every other name the suite uses comes from concurrent.futures."""
    from conformance.executors import Futures

    return Futures(None, concurrent.futures.ThreadPoolExecutor, (concurrent.futures,), context_keyword=None,
                   BrokenProcessPool=concurrent.futures.thread.BrokenThreadPool)


def backend():
    """What the mp_conformance.backends entry point returns: the Backend to test."""
    from conformance import capabilities
    from conformance.backends import Backend

    return Backend("threadpool", None, platform.python_version(), None,  # contexts=None: an executor only
                   caps={None: capabilities.of_interpreter()},          # its workers are threads, not processes
                   futures=futures, manifest=Path(__file__).with_name("manifest.toml"))


def pytest_mp_conformance_backends(config):
    """The same backend through the pytest hook: `mp-conformance -p threadpool_backend --backend threadpool`."""
    return [backend()]
