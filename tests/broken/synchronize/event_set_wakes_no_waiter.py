"""Broken: Event.set() sets the flag but wakes no waiter: a waiting wait() sees the flag only once its own timeout expires."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.event.set.wakes_all", "synchronize.event.wait.blocks"}


class WakelessEvent(synchronize.Event):
    def set(self):
        with self._cond:
            self._flag.acquire(False)
            self._flag.release()


_mirror.install(__name__, Event=lambda ctx: lambda: WakelessEvent(ctx=ctx))
