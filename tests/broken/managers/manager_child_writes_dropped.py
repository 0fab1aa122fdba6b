"""Broken: Manager() proxies for dict, list, Array, Namespace and Value drop the writes made in child processes."""

import multiprocessing
from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {
    "managers.example.dict_list", "managers.syncmanager.dict", "managers.syncmanager.list", "managers.syncmanager.array",
    "managers.syncmanager.namespace", "managers.syncmanager.value", "managers.syncmanager.nesting",
    "managers.dict.read_modify_write_not_atomic", "managers.dict.locked_read_modify_write",
}


def _in_child():
    return multiprocessing.parent_process() is not None


class DictProxy(managers.DictProxy):
    def __setitem__(self, key, value):
        if not _in_child():
            super().__setitem__(key, value)


class ListProxy(managers.ListProxy):
    def append(self, item):
        if not _in_child():
            super().append(item)

    def reverse(self):
        if not _in_child():
            super().reverse()


class ArrayProxy(managers.ArrayProxy):
    def __setitem__(self, key, value):
        if not _in_child():
            super().__setitem__(key, value)


class NamespaceProxy(managers.NamespaceProxy):
    def __setattr__(self, key, value):
        if key.startswith("_") or not _in_child():
            super().__setattr__(key, value)


class ValueProxy(managers.ValueProxy):
    def set(self, value):
        if not _in_child():
            super().set(value)

    value = property(managers.ValueProxy.get, set)


class SyncManager(managers.SyncManager):
    pass


SyncManager.register("dict", dict, DictProxy)
SyncManager.register("list", list, ListProxy)
SyncManager.register("Array", managers.Array, ArrayProxy)
SyncManager.register("Namespace", managers.Namespace, NamespaceProxy)
SyncManager.register("Value", managers.Value, ValueProxy)


_mirror.install(__name__, Manager=_mirror.started(SyncManager))
