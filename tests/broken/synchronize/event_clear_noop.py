"""Broken: Event.clear() does nothing."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.event.clear.resets"}


class UnclearableEvent(synchronize.Event):
    def clear(self):
        pass


_mirror.install(__name__, Event=lambda ctx: lambda: UnclearableEvent(ctx=ctx))
