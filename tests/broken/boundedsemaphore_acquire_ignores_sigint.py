"""Broken: a blocked BoundedSemaphore.acquire() swallows KeyboardInterrupt and returns False."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"boundedsemaphore.acquire.sigint_interrupts"}


class SigintProofBoundedSemaphore(synchronize.BoundedSemaphore):
    def _make_methods(self):
        self.release = self._semlock.release

    def acquire(self, block=True, timeout=None):
        try:
            return self._semlock.acquire(block, timeout)
        except KeyboardInterrupt:
            return False


_mirror.install(__name__, BoundedSemaphore=lambda ctx: lambda value=1: SigintProofBoundedSemaphore(value, ctx=ctx))
