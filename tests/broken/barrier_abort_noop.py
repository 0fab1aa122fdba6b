"""Broken: Barrier.abort() does nothing."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"barrier.abort.breaks_waiters", "barrier.attrs.values"}


class UnabortableBarrier(synchronize.Barrier):
    def abort(self):
        pass


_mirror.install(__name__, Barrier=lambda ctx: lambda parties, action=None, timeout=None: UnabortableBarrier(parties, action, timeout, ctx=ctx))
