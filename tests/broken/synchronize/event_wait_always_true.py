"""Broken: Event.wait() returns True at once, set or not."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {
    "synchronize.event.clear.resets",
    "synchronize.event.set.wakes_all",
    "synchronize.event.wait.blocks",
    "synchronize.event.wait.timeout_returns_flag",
}


class EagerEvent(synchronize.Event):
    def wait(self, timeout=None):
        return True


_mirror.install(__name__, Event=lambda ctx: lambda: EagerEvent(ctx=ctx))
