"""Broken: a completing or cancelled call wakes no waiter: Future.result() and exception(), wait() and as_completed()
look at the futures only every 5 s (their timeouts are honoured)."""

import concurrent.futures
import time
from concurrent.futures import Future

from tests.broken import _late, _mirror

BREAKS = {
    "executor.future.result_timeout",
    "executor.future.cancel_pending",
    "executor.wait.first_completed",
    "executor.wait.first_exception",
    "executor.wait.all_completed",
    "executor.as_completed.order",
}


class UnwokenFuture(Future):
    def result(self, timeout=None):
        _late.drowsy(self.done, timeout)
        return super().result(0)

    def exception(self, timeout=None):
        _late.drowsy(self.done, timeout)
        return super().exception(0)


def _over(fs, return_when):
    """Whether wait(fs, return_when=return_when) may return now."""
    done, not_done = concurrent.futures.wait(fs, 0)
    if return_when == concurrent.futures.FIRST_COMPLETED and done:
        return True
    if return_when == concurrent.futures.FIRST_EXCEPTION and any(not f.cancelled() and f.exception(0) for f in done):
        return True
    return not not_done


def wait(fs, timeout=None, return_when=concurrent.futures.ALL_COMPLETED):
    _late.drowsy(lambda: _over(fs, return_when), timeout)
    return concurrent.futures.wait(fs, 0)


def as_completed(fs, timeout=None):
    deadline = None if timeout is None else time.monotonic() + timeout
    pending = set(fs)
    while pending:
        finished = {f for f in pending if f.done()}
        pending -= finished
        yield from finished
        remaining = None if deadline is None else deadline - time.monotonic()
        if pending and not _late.drowsy(lambda: any(f.done() for f in pending), remaining):
            raise concurrent.futures.TimeoutError(f"{len(pending)} futures unfinished")


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=_mirror.executor_with_futures(UnwokenFuture), wait=wait,
                                  as_completed=as_completed)
