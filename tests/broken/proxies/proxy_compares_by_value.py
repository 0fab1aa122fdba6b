"""Broken: a list proxy compares equal to a list with the value of its referent."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxies.compare.not_by_value"}


class ValueComparingListProxy(managers.ListProxy):
    __hash__ = None

    def __eq__(self, other):
        return self._getvalue() == other


class Manager(managers.SyncManager):
    pass


Manager.register("list", list, ValueComparingListProxy)


_mirror.install(__name__, Manager=_mirror.started(Manager))
