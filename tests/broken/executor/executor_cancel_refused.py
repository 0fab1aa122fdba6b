"""Broken: Future.cancel() of a ProcessPoolExecutor's future always returns False."""

from concurrent.futures import Future

from tests.broken import _mirror

BREAKS = {"executor.future.cancel_pending", "executor.shutdown.cancel_futures"}


class RefusingFuture(Future):
    def cancel(self):
        return False


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=_mirror.executor_with_futures(RefusingFuture))
