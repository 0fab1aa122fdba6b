"""Broken: a wait() that times out raises BrokenBarrierError but leaves the barrier unbroken."""

import threading

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.barrier.wait.timeout_broken"}


class LenientBarrier(synchronize.Barrier):
    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            raise threading.BrokenBarrierError
        if self._state < 0:
            raise threading.BrokenBarrierError


_mirror.install(__name__, Barrier=lambda ctx: lambda parties, action=None, timeout=None: LenientBarrier(parties, action, timeout, ctx=ctx))
