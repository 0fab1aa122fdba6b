"""Broken: str() of a list or dict proxy returns the proxy's repr instead of the referent's representation."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxies.str.list_example", "proxies.str.referent_repr"}


# Named like the stdlib classes, so that repr() stays as documented.
class ListProxy(managers.ListProxy):
    def __str__(self):
        return repr(self)


class DictProxy(managers.DictProxy):
    def __str__(self):
        return repr(self)


class Manager(managers.SyncManager):
    pass


Manager.register("list", list, ListProxy)
Manager.register("dict", dict, DictProxy)


_mirror.install(__name__, Manager=_mirror.started(Manager))
