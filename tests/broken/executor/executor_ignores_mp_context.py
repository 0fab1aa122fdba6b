"""Broken: ProcessPoolExecutor ignores mp_context: workers start with the default context."""

from concurrent.futures import ProcessPoolExecutor

from tests.broken import _mirror

BREAKS = {"executor.mp_context.launches_workers"}
START_METHODS = ("spawn",)  # the default context is fork here


class Executor(ProcessPoolExecutor):
    def __init__(self, max_workers=None, mp_context=None, *args, **kwargs):
        super().__init__(max_workers, None, *args, **kwargs)


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=Executor)
