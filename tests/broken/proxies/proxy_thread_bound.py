"""Broken: a list proxy fails when used from a thread other than the one that created it."""

import threading
from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxies.threads.locked_use"}


class ThreadBoundListProxy(managers.ListProxy):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._creator = threading.get_ident()

    def _callmethod(self, methodname, args=(), kwds={}):
        if threading.get_ident() != self._creator:
            raise RuntimeError("this proxy belongs to another thread")
        return super()._callmethod(methodname, args, kwds)


class Manager(managers.SyncManager):
    pass


Manager.register("list", list, ThreadBoundListProxy)


_mirror.install(__name__, Manager=_mirror.started(Manager))
