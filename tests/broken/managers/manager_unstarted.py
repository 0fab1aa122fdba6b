"""Broken: Manager() returns a SyncManager that has not been started."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.manager.returns_started"}

_mirror.install(__name__, Manager=lambda ctx: lambda: managers.SyncManager(ctx=ctx.get_context()))
