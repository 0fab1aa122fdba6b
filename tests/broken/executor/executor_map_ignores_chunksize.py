"""Broken: ProcessPoolExecutor.map() ignores chunksize: every call is a task of its own."""

from concurrent.futures import ProcessPoolExecutor

from tests.broken import _mirror

BREAKS = {"executor.map.chunksize"}


class Executor(ProcessPoolExecutor):
    def map(self, fn, *iterables, timeout=None, chunksize=1, **kwargs):
        return super().map(fn, *iterables, timeout=timeout, **kwargs)


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=Executor)
