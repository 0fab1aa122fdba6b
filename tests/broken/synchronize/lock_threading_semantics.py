"""Broken: Lock.acquire/release behave as threading.Lock's (blocking=, timeout=-1 rules, RuntimeError on release)."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {
    "synchronize.lock.acquire.param_name_block",
    "synchronize.lock.acquire.timeout_negative_zero",
    "synchronize.lock.acquire.timeout_ignored_nonblocking",
    "synchronize.lock.acquire.timeout_none_infinite",
    "synchronize.lock.release.unlocked_valueerror",
}


class ThreadingLikeLock(synchronize.Lock):
    def _make_methods(self):
        pass

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        return self._semlock.acquire(blocking, None if timeout == -1 else timeout)

    def release(self):
        try:
            self._semlock.release()
        except ValueError:
            raise RuntimeError("release unlocked lock") from None


_mirror.install(__name__, Lock=lambda ctx: lambda: ThreadingLikeLock(ctx=ctx))
