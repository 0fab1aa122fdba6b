"""Broken: Semaphore.acquire()'s first argument is named blocking (as in threading), not block."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.semaphore.acquire.block_param"}


class BlockingKeywordSemaphore(synchronize.Semaphore):
    def _make_methods(self):
        self.release = self._semlock.release

    def acquire(self, blocking=True, timeout=None):
        return self._semlock.acquire(blocking, timeout)


_mirror.install(__name__, Semaphore=lambda ctx: lambda value=1: BlockingKeywordSemaphore(value, ctx=ctx))
