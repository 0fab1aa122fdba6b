"""Broken: ProcessPoolExecutor.map() ignores buffersize: it collects the iterables at once, as before 3.14."""

from concurrent.futures import ProcessPoolExecutor

from tests.broken import _mirror

BREAKS = {"executor.map.buffersize_lazy", "executor.map.buffersize_pauses"}


class Executor(ProcessPoolExecutor):
    def map(self, fn, *iterables, timeout=None, chunksize=1, buffersize=None):
        return super().map(fn, *iterables, timeout=timeout, chunksize=chunksize)


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=Executor)
