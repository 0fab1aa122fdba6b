"""Broken: Condition.wait() and notify() without holding the lock do not raise (they wait, or do nothing)."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.condition.wait.unowned_raises"}


class UncheckedCondition(synchronize.Condition):
    def wait(self, timeout=None):
        if not self._lock._semlock._is_mine():
            return self._wait_semaphore.acquire(True, timeout)
        return super().wait(timeout)

    def notify(self, n=1):
        if self._lock._semlock._is_mine():
            super().notify(n)


_mirror.install(__name__, Condition=lambda ctx: lambda lock=None: UncheckedCondition(lock, ctx=ctx))
