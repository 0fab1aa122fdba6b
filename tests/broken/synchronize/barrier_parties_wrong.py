"""Broken: Barrier.parties reports one party fewer than the barrier has."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.barrier.attrs.values"}


class MiscountingBarrier(synchronize.Barrier):
    @property
    def parties(self):
        return self._parties - 1


_mirror.install(__name__, Barrier=lambda ctx: lambda parties, action=None, timeout=None: MiscountingBarrier(parties, action, timeout, ctx=ctx))
