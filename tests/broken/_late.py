"""Shared by the broken backends that give up late or notice late what should wake them (synchronization primitives among them)."""

import time

# How late: more than support.LATE both in the broken-backend check (WAIT=10: 1 s) and in a default run (WAIT=30: 3 s).
LATE_BY = 5.0


def drowsy(ready, timeout=None):
    """Wait until ready() is true, calling it only every LATE_BY s (at most `timeout` s); return its last value.

    What makes it true is noticed up to LATE_BY s late, as by a waiter that nothing wakes and that polls.
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        value = ready()
        left = LATE_BY if deadline is None else min(LATE_BY, deadline - time.monotonic())
        if value or left <= 0:
            return value
        time.sleep(left)


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
