"""Broken: _callmethod() of a list proxy returns None instead of re-raising the referent's IndexError or ValueError."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxies._callmethod.reraises", "proxies._callmethod.examples"}


class SwallowingListProxy(managers.ListProxy):
    def _callmethod(self, methodname, args=(), kwds={}):
        try:
            return super()._callmethod(methodname, args, kwds)
        except (LookupError, ValueError):
            return None


class Manager(managers.SyncManager):
    pass


Manager.register("list", list, SwallowingListProxy)


_mirror.install(__name__, Manager=_mirror.started(Manager))
