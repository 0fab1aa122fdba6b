"""Broken: pop() of a list proxy removes the item but returns None instead of the referent's result."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxies.methods.forwarded"}


class NonePopListProxy(managers.ListProxy):
    def pop(self, *args):
        self._callmethod("pop", args)


class Manager(managers.SyncManager):
    pass


Manager.register("list", list, NonePopListProxy)


_mirror.install(__name__, Manager=_mirror.started(Manager))
