"""Broken: Barrier.n_waiting still counts parties that left by abort(), reset() or a timeout, until the barrier next trips."""

import struct
from multiprocessing import heap, synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.barrier.attrs.values", "synchronize.barrier.reset.breaks_waiters"}


class StaleBarrier(synchronize.Barrier):
    def __init__(self, parties, action=None, timeout=None, *, ctx):
        super().__init__(parties, action, timeout, ctx=ctx)
        self._arrived_wrapper = heap.BufferWrapper(struct.calcsize("i"))
        self._arrived = self._arrived_wrapper.create_memoryview().cast("i")
        self._arrived[0] = 0

    def __setstate__(self, state):
        super().__setstate__(state[:5])
        if len(state) > 5:  # unpickled in a child
            self._arrived_wrapper = state[5]
            self._arrived = self._arrived_wrapper.create_memoryview().cast("i")

    def __getstate__(self):
        return super().__getstate__() + (self._arrived_wrapper,)

    def wait(self, timeout=None):
        with self._cond:
            self._arrived[0] += 1
        index = super().wait(timeout)  # a party leaving by BrokenBarrierError is still counted
        with self._cond:
            self._arrived[0] = 0
        return index

    @property
    def n_waiting(self):
        return self._arrived[0]


_mirror.install(__name__, Barrier=lambda ctx: lambda parties, action=None, timeout=None: StaleBarrier(parties, action, timeout, ctx=ctx))
