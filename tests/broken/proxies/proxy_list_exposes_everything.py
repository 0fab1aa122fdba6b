"""Broken: the manager runs every method of a list referent, not only those its proxy exposes."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxies._callmethod.not_exposed"}


# The manager exposes every method of list, while ListProxy._exposed_ stays as documented.
EVERY_METHOD = tuple(managers.all_methods([]))


class Manager(managers.SyncManager):
    pass


Manager.register("list", list, managers.ListProxy, exposed=EVERY_METHOD)


_mirror.install(__name__, Manager=_mirror.started(Manager))
