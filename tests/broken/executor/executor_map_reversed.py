"""Broken: ProcessPoolExecutor.map() yields the results in reverse order."""

from concurrent.futures import ProcessPoolExecutor

from tests.broken import _mirror

BREAKS = {"executor.map.order", "executor.map.exception_on_retrieval", "executor.map.chunksize"}  # one task per call


class Executor(ProcessPoolExecutor):
    def map(self, fn, *iterables, timeout=None, chunksize=1, buffersize=None):
        if buffersize is not None:  # 3.14's lazy map, which this backend leaves alone
            return super().map(fn, *iterables, timeout=timeout, chunksize=chunksize, buffersize=buffersize)
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return (f.result(timeout) for f in reversed(futures))


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=Executor)
