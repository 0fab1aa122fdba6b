"""Broken: Event.wait() returns None instead of False when it times out."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.event.clear.resets", "synchronize.event.wait.timeout_returns_flag"}


class NoneEvent(synchronize.Event):
    def wait(self, timeout=None):
        return super().wait(timeout) or None


_mirror.install(__name__, Event=lambda ctx: lambda: NoneEvent(ctx=ctx))
