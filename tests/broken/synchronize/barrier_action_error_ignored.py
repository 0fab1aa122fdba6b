"""Broken: an exception raised by the Barrier's action is ignored (the barrier is released as usual)."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.barrier.action.error_breaks"}


class ForgivingBarrier(synchronize.Barrier):
    def __setstate__(self, state):
        parties, action, timeout, cond, wrapper = state
        super().__setstate__((parties, action and _Guarded(action), timeout, cond, wrapper))


class _Guarded:
    def __init__(self, action):
        self._action = action

    def __call__(self):
        try:
            self._action()
        except Exception:
            pass


_mirror.install(__name__, Barrier=lambda ctx: lambda parties, action=None, timeout=None: ForgivingBarrier(parties, action, timeout, ctx=ctx))
