"""Broken: repr() of a list or dict proxy returns the referent's representation instead of the proxy's."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxies.repr.list_example", "proxies.repr.proxy_object"}


class ReferentReprListProxy(managers.ListProxy):
    def __repr__(self):
        return self._callmethod("__repr__")


class ReferentReprDictProxy(managers.DictProxy):
    def __repr__(self):
        return self._callmethod("__repr__")


class Manager(managers.SyncManager):
    pass


Manager.register("list", list, ReferentReprListProxy)
Manager.register("dict", dict, ReferentReprDictProxy)


_mirror.install(__name__, Manager=_mirror.started(Manager))
