"""Broken: a blocked Semaphore.acquire() swallows KeyboardInterrupt and returns False."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"semaphore.acquire.sigint_interrupts"}


class SigintProofSemaphore(synchronize.Semaphore):
    def _make_methods(self):
        self.release = self._semlock.release

    def acquire(self, block=True, timeout=None):
        try:
            return self._semlock.acquire(block, timeout)
        except KeyboardInterrupt:
            return False


_mirror.install(__name__, Semaphore=lambda ctx: lambda value=1: SigintProofSemaphore(value, ctx=ctx))
