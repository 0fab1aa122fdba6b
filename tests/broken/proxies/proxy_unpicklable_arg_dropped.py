"""Broken: a list proxy's append() silently does nothing when its argument cannot be pickled."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxies.args.picklable"}


class DroppingListProxy(managers.ListProxy):
    def append(self, obj):
        try:
            return super().append(obj)
        except Exception:
            return None


class Manager(managers.SyncManager):
    pass


Manager.register("list", list, DroppingListProxy)


_mirror.install(__name__, Manager=_mirror.started(Manager))
