"""Broken: Barrier.abort() does nothing."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.barrier.abort.breaks_waiters", "synchronize.barrier.attrs.values"}


class UnabortableBarrier(synchronize.Barrier):
    def abort(self):
        pass


_mirror.install(__name__, Barrier=lambda ctx: lambda parties, action=None, timeout=None: UnabortableBarrier(parties, action, timeout, ctx=ctx))
