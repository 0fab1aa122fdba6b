"""Broken: a list proxy never deregisters from its manager, so its referent is never deleted."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxies.cleanup.referent_freed", "proxies.cleanup.weakref"}


class UndeletableListProxy(managers.ListProxy):
    def _incref(self):
        super()._incref()
        if hasattr(self, "_close"):
            self._close.cancel()


class Manager(managers.SyncManager):
    pass


Manager.register("list", list, UndeletableListProxy)


_mirror.install(__name__, Manager=_mirror.started(Manager))
