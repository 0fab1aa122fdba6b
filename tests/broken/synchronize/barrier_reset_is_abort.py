"""Broken: Barrier.reset() aborts the barrier, leaving it broken."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.barrier.reset.breaks_waiters"}


class StaysBrokenBarrier(synchronize.Barrier):
    def reset(self):
        self.abort()


_mirror.install(__name__, Barrier=lambda ctx: lambda parties, action=None, timeout=None: StaysBrokenBarrier(parties, action, timeout, ctx=ctx))
