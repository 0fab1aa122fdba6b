"""Broken: a new Event is already set."""

from tests.broken import _mirror


BREAKS = {
    "synchronize.event.ctor.initially_clear",
    "synchronize.event.set.wakes_all",
    "synchronize.event.wait.blocks",
    "synchronize.event.wait.timeout_returns_flag",
}


def _set_event(ctx):
    event = ctx.Event()
    event.set()
    return event


_mirror.install(__name__, Event=lambda ctx: lambda: _set_event(ctx))
