"""Broken: RLock.acquire(False) on an unowned RLock returns True but leaves it unowned."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {
    "synchronize.rlock.acquire.nonblocking_free",
    "synchronize.rlock.acquire.reentrant",
    "synchronize.rlock.release.decrements",
    "synchronize.rlock.with.acquires_releases",
}


class NonTakingRLock(synchronize.RLock):
    def _make_methods(self):
        self.release = self._semlock.release

    def acquire(self, block=True, timeout=None):
        mine = self._semlock._is_mine()
        got = self._semlock.acquire(block, timeout)
        if got and not block and not mine:
            self._semlock.release()
        return got


_mirror.install(__name__, RLock=lambda ctx: lambda: NonTakingRLock(ctx=ctx))
