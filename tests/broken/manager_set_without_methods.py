"""Broken: a Manager() set proxy exposes no methods."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"manager.syncmanager.set", "manager.example.set"}


class SyncManager(managers.SyncManager):
    pass


SyncManager.register("set", set, exposed=())


def _manager(ctx):
    m = SyncManager(ctx=ctx.get_context())
    m.start()
    return m


_mirror.install(__name__, Manager=lambda ctx: lambda: _manager(ctx))
