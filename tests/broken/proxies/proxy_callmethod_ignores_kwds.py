"""Broken: _callmethod() of a list proxy drops its kwds argument."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxies._callmethod.evaluates"}


class KwdsDroppingListProxy(managers.ListProxy):
    def _callmethod(self, methodname, args=(), kwds={}):
        return super()._callmethod(methodname, args)


class Manager(managers.SyncManager):
    pass


Manager.register("list", list, KwdsDroppingListProxy)


_mirror.install(__name__, Manager=_mirror.started(Manager))
