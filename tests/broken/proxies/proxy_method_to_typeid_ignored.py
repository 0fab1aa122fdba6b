"""Broken: a dict proxy ignores method_to_typeid: __iter__ returns a copied iterator, not a proxy."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxies._callmethod.copy_or_proxy"}


class CopiedIteratorDictProxy(managers.DictProxy):
    _method_to_typeid_ = None


class Manager(managers.SyncManager):
    pass


Manager.register("dict", dict, CopiedIteratorDictProxy)


_mirror.install(__name__, Manager=_mirror.started(Manager))
