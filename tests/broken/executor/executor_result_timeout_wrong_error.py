"""Broken: Future.result(timeout) raises RuntimeError instead of TimeoutError."""

import concurrent.futures
from concurrent.futures import Future

from tests.broken import _mirror

BREAKS = {"executor.future.result_timeout", "executor.map.timeout"}


class LateFuture(Future):
    def result(self, timeout=None):
        try:
            return super().result(timeout)
        except concurrent.futures.TimeoutError:
            raise RuntimeError("result not ready") from None


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=_mirror.executor_with_futures(LateFuture))
