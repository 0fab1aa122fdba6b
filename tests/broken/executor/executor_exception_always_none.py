"""Broken: Future.exception() returns None even when the call raised."""

from concurrent.futures import Future

from tests.broken import _mirror

BREAKS = {"executor.future.exception"}


class SilentFuture(Future):
    def exception(self, timeout=None):
        super().exception(timeout)
        return None


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=_mirror.executor_with_futures(SilentFuture))
