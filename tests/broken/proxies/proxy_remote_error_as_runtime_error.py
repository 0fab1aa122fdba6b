"""Broken: _callmethod() of a list proxy raises RuntimeError instead of RemoteError for errors in the manager."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxies._callmethod.remoteerror", "proxies._callmethod.not_exposed"}


class RuntimeErrorListProxy(managers.ListProxy):
    def _callmethod(self, methodname, args=(), kwds={}):
        try:
            return super()._callmethod(methodname, args, kwds)
        except managers.RemoteError as e:
            raise RuntimeError(str(e)) from None


class Manager(managers.SyncManager):
    pass


Manager.register("list", list, RuntimeErrorListProxy)


_mirror.install(__name__, Manager=_mirror.started(Manager))
