"""Broken: a failed non-blocking RLock.acquire() still marks the caller as an owner (release() then succeeds)."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.rlock.acquire.nonblocking_other_owner", "synchronize.rlock.release.decrements"}


class GreedyRLock(synchronize.RLock):
    def _make_methods(self):
        self._failed = 0

    def acquire(self, block=True, timeout=None):
        got = self._semlock.acquire(block, timeout)
        if not got and not block:
            self._failed += 1
        return got

    def release(self):
        if self._failed:
            self._failed -= 1
            return
        self._semlock.release()


_mirror.install(__name__, RLock=lambda ctx: lambda: GreedyRLock(ctx=ctx))
