"""Broken: a list proxy's slice ignores its stop: l[2:5] returns everything from l[2] on."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxies.list.indexing"}


class StopIgnoringListProxy(managers.ListProxy):
    def __getitem__(self, index):
        if isinstance(index, slice):
            index = slice(index.start, None, index.step)
        return self._callmethod("__getitem__", (index,))


class Manager(managers.SyncManager):
    pass


Manager.register("list", list, StopIgnoringListProxy)


_mirror.install(__name__, Manager=_mirror.started(Manager))
