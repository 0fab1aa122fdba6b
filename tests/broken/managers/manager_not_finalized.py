"""Broken: a Manager()'s server is shut down only by an explicit shutdown(), not when collected or at exit."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.lifetime.shutdown_on_gc", "managers.lifetime.shutdown_on_parent_exit"}


def _manager(ctx):
    m = managers.SyncManager(ctx=ctx.get_context())
    m.start()
    finalizer = m.shutdown
    callback, args = finalizer._callback, finalizer._args
    finalizer.cancel()
    m.shutdown = lambda: callback(*args)
    return m


_mirror.install(__name__, Manager=lambda ctx: lambda: _manager(ctx))
