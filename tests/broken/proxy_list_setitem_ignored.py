"""Broken: storing an item in a list proxy (lproxy[0] = d) does nothing."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxy.nested.plain_not_propagated"}


class SetitemIgnoringListProxy(managers.ListProxy):
    def __setitem__(self, index, value):
        pass


class Manager(managers.SyncManager):
    pass


Manager.register("list", list, SetitemIgnoringListProxy)


def _manager(ctx):
    manager = Manager(ctx=ctx)
    manager.start()
    return manager


_mirror.install(__name__, Manager=lambda ctx: lambda: _manager(ctx))
