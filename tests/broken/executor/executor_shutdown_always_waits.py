"""Broken: ProcessPoolExecutor.shutdown(wait=False) waits for the pending calls."""

from concurrent.futures import ProcessPoolExecutor

from tests.broken import _mirror

BREAKS = {"executor.shutdown.wait_false_returns"}


class Executor(ProcessPoolExecutor):
    def shutdown(self, wait=True, **kwargs):
        super().shutdown(True, **kwargs)


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=Executor)
