"""Broken: Event.is_set() reports only what this process did: a set() in another process is not seen."""

from multiprocessing import synchronize, util

from tests.broken import _mirror

BREAKS = {"synchronize.event.set.wakes_all"}


class LocalFlagEvent(synchronize.Event):
    def __init__(self, *, ctx):
        super().__init__(ctx=ctx)
        self._local = False
        util.register_after_fork(self, LocalFlagEvent._forget)

    def __setstate__(self, state):  # unpickled in a spawn or forkserver child
        vars(self).update(state)
        self._forget()

    def _forget(self):
        self._local = False

    def is_set(self):
        return self._local

    def set(self):
        self._local = True
        super().set()

    def clear(self):
        self._local = False
        super().clear()


_mirror.install(__name__, Event=lambda ctx: lambda: LocalFlagEvent(ctx=ctx))
