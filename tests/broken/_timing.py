"""Parts of broken synchronization primitives: a timeout honoured late, a blocked acquire() that release() does not wake."""

import time

# How late a broken primitive gives up: far beyond LATE (1 s in the broken-backend check, 3 s by default).
LATE_BY = 5.0
# How long a waiter that nothing wakes sleeps when it has no timeout of its own: beyond any test's deadline.
FOREVER = 3600.0


def late(timeout):
    """`timeout` as a broken primitive honours it: LATE_BY seconds late (a negative timeout counting as zero)."""
    return None if timeout is None else max(timeout, 0) + LATE_BY


class _Acquire:
    """For a SemLock (Lock, RLock, Semaphore, BoundedSemaphore): acquire() is the class's method, not the C one."""

    def _make_methods(self):
        self.release = self._semlock.release


class LateAcquire(_Acquire):
    """acquire() given a timeout gives up LATE_BY seconds after it."""

    def acquire(self, block=True, timeout=None):
        return self._semlock.acquire(block, late(timeout))


class WakelessAcquire(_Acquire):
    """A blocked acquire() is not woken by release(): it tries again only when its own timeout expires (never without one)."""

    def acquire(self, block=True, timeout=None):
        got = self._semlock.acquire(False)
        if got or not block:
            return got
        time.sleep(FOREVER if timeout is None else max(timeout, 0))
        return self._semlock.acquire(False)
