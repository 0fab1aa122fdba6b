"""Broken: a list proxy returns copies of the proxies nested in its referent instead of the proxies."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxies.nested.proxies", "proxies.nested.dict_in_list"}


class CopyingListProxy(managers.ListProxy):
    def __getitem__(self, index):
        value = self._callmethod("__getitem__", (index,))
        return value._getvalue() if isinstance(value, managers.BaseProxy) else value


class Manager(managers.SyncManager):
    pass


Manager.register("list", list, CopyingListProxy)


_mirror.install(__name__, Manager=_mirror.started(Manager))
