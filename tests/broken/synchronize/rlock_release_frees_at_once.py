"""Broken: RLock.release() unlocks the RLock at once, whatever its recursion level."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.rlock.acquire.reentrant", "synchronize.rlock.release.decrements"}


class FlatRLock(synchronize.RLock):
    def _make_methods(self):
        self.acquire = self._semlock.acquire

    def release(self):
        self._semlock.release()
        while self._semlock._is_mine():
            self._semlock.release()

    def __exit__(self, *args):
        self.release()


_mirror.install(__name__, RLock=lambda ctx: lambda: FlatRLock(ctx=ctx))
