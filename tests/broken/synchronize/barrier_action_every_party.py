"""Broken: the Barrier's action is called by every party instead of once per release."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.barrier.action.once_per_generation"}


class EveryPartyActionBarrier(synchronize.Barrier):
    def wait(self, timeout=None):
        index = super().wait(timeout)
        if index != self._parties - 1 and self._action:
            self._action()
        return index


_mirror.install(__name__, Barrier=lambda ctx: lambda parties, action=None, timeout=None: EveryPartyActionBarrier(parties, action, timeout, ctx=ctx))
