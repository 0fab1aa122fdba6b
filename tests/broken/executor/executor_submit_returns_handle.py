"""Broken: ProcessPoolExecutor.submit() returns a handle with result(), not a Future."""

from concurrent.futures import ProcessPoolExecutor

from tests.broken import _mirror

BREAKS = {"executor.submit.returns_future"}


class Handle:
    def __init__(self, future):
        self.result = future.result


class Executor(ProcessPoolExecutor):
    def submit(self, fn, /, *args, **kwargs):
        return Handle(super().submit(fn, *args, **kwargs))


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=Executor)
