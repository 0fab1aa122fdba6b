"""Broken: ProcessPoolExecutor.submit() drops keyword arguments."""

from concurrent.futures import ProcessPoolExecutor

from tests.broken import _mirror

BREAKS = {"executor.submit.kwargs"}


class Executor(ProcessPoolExecutor):
    def submit(self, fn, /, *args, **kwargs):
        return super().submit(fn, *args)


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=Executor)
