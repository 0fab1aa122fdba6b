"""Broken: a list proxy pickled for a child process leaves out its manager's authkey."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxies.pickle.process_args"}
# A forked child inherits the proxy unpickled; spawn pickles it, and a child then uses its own authkey.
START_METHODS = ("spawn",)


class KeylessListProxy(managers.ListProxy):
    def __reduce__(self):
        return managers.RebuildProxy, (type(self), self._token, self._serializer, {})


class SyncManager(managers.SyncManager):
    pass


SyncManager.register("list", list, KeylessListProxy)

_mirror.install(__name__, submodules={"managers": _mirror.patched_module(managers, SyncManager=SyncManager)})
