"""Broken: ProcessPoolExecutor.map() consumes its iterables lazily, one call at a time, and ignores timeout."""

from concurrent.futures import ProcessPoolExecutor

from tests.broken import _mirror

BREAKS = {"executor.map.collects_immediately", "executor.map.timeout", "executor.map.chunksize"}


class Executor(ProcessPoolExecutor):
    def map(self, fn, *iterables, timeout=None, chunksize=1, buffersize=None):
        return (self.submit(fn, *args).result() for args in zip(*iterables))


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=Executor)
