"""Broken: Event.wait(timeout) gives up 5 s after its timeout."""

from multiprocessing import synchronize

from tests.broken import _mirror, _late

BREAKS = {"synchronize.event.clear.resets", "synchronize.event.wait.timeout_returns_flag"}


class LateEvent(synchronize.Event):
    def wait(self, timeout=None):
        return super().wait(_late.late(timeout))


_mirror.install(__name__, Event=lambda ctx: lambda: LateEvent(ctx=ctx))
