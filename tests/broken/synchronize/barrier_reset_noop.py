"""Broken: Barrier.reset() does nothing."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.barrier.reset.breaks_waiters"}


class UnresettableBarrier(synchronize.Barrier):
    def reset(self):
        pass


_mirror.install(__name__, Barrier=lambda ctx: lambda parties, action=None, timeout=None: UnresettableBarrier(parties, action, timeout, ctx=ctx))
