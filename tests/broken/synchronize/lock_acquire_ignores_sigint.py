"""Broken: a blocked Lock.acquire() swallows KeyboardInterrupt and returns False."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.lock.acquire.sigint_interrupts"}


class SwallowsSigint:
    """A SemLock mixin: acquire() interrupted by SIGINT returns False instead of raising KeyboardInterrupt."""

    def _make_methods(self):
        self.release = self._semlock.release

    def acquire(self, block=True, timeout=None):
        try:
            return self._semlock.acquire(block, timeout)
        except KeyboardInterrupt:
            return False


class SigintProofLock(SwallowsSigint, synchronize.Lock):
    pass


_mirror.install(__name__, Lock=lambda ctx: lambda: SigintProofLock(ctx=ctx))
