"""Broken: Future.cancel() cancels even a running or finished call."""

from concurrent.futures import Future
from concurrent.futures._base import CANCELLED_AND_NOTIFIED, PENDING

from tests.broken import _mirror

BREAKS = {"executor.future.cancel_running", "executor.future.cancel_finished"}


class EagerFuture(Future):
    def cancel(self):
        if self._state == PENDING:
            return super().cancel()
        with self._condition:
            self._state = CANCELLED_AND_NOTIFIED
            self._condition.notify_all()
        return True


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=_mirror.executor_with_futures(EagerFuture))
