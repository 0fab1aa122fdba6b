"""Broken: a list proxy pickles as a plain copy of its referent, not as a proxy to it."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxies.referent.shared", "proxies.pickle.pipe", "proxies.nested.proxies", "proxies.cleanup.referent_freed", "proxies.cleanup.weakref"}


class CopyPicklingListProxy(managers.ListProxy):
    def __reduce__(self):
        return list, (self._getvalue(),)


class Manager(managers.SyncManager):
    pass


Manager.register("list", list, CopyPicklingListProxy)


_mirror.install(__name__, Manager=_mirror.started(Manager))
