"""Broken: RLock.acquire/release behave as threading.RLock's (blocking=, timeout=-1 rules, RuntimeError on release)."""

from tests.broken import _mirror

BREAKS = {
    "synchronize.rlock.acquire.nonblocking_other_owner",
    "synchronize.rlock.acquire.timeout_like_lock",
    "synchronize.rlock.ctor.factory",
    "synchronize.rlock.release.not_owner_assertion",
}


class ThreadingLikeRLock:
    """Wraps a multiprocessing RLock, exposing threading.RLock's argument rules and exception."""

    def __init__(self, rlock):
        self._rlock = rlock

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        return self._rlock.acquire(blocking, None if timeout == -1 else timeout)

    def release(self):
        try:
            self._rlock.release()
        except AssertionError:
            raise RuntimeError("cannot release un-acquired lock") from None

    def locked(self):
        return self._rlock.locked()

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()


_mirror.install(__name__, RLock=lambda ctx: lambda: ThreadingLikeRLock(ctx.RLock()))
