"""Broken: Manager()'s list and dict proxies lack what 3.14 added: clear(), copy(); fromkeys(), reversed(d), |, |=."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.listproxy.clear_copy", "managers.dictproxy.fromkeys_or"}


class ListProxy(managers.ListProxy):
    _exposed_ = tuple(set(managers.ListProxy._exposed_) - {"clear", "copy"})


class DictProxy(managers.DictProxy):
    _exposed_ = tuple(set(managers.DictProxy._exposed_) - {"fromkeys", "__reversed__", "__or__", "__ror__", "__ior__"})


class SyncManager(managers.SyncManager):
    pass


SyncManager.register("list", list, ListProxy)
SyncManager.register("dict", dict, DictProxy)


_mirror.install(__name__, Manager=_mirror.started(SyncManager))
