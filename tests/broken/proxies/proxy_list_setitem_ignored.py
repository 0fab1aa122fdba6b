"""Broken: storing an item in a list proxy (lproxy[0] = d) does nothing."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxies.nested.plain_not_propagated"}


class SetitemIgnoringListProxy(managers.ListProxy):
    def __setitem__(self, index, value):
        pass


class Manager(managers.SyncManager):
    pass


Manager.register("list", list, SetitemIgnoringListProxy)


_mirror.install(__name__, Manager=_mirror.started(Manager))
