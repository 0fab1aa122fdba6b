"""Broken: Barrier.abort() resets the barrier instead of leaving it broken."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.barrier.abort.breaks_waiters", "synchronize.barrier.attrs.values"}


class UnbreakableBarrier(synchronize.Barrier):
    def abort(self):
        self.reset()


_mirror.install(__name__, Barrier=lambda ctx: lambda parties, action=None, timeout=None: UnbreakableBarrier(parties, action, timeout, ctx=ctx))
