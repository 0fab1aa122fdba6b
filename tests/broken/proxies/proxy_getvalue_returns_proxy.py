"""Broken: _getvalue() of a list proxy returns the proxy itself instead of a copy of the referent."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxies._getvalue.copy"}


class SelfValueListProxy(managers.ListProxy):
    def _getvalue(self):
        return self


class Manager(managers.SyncManager):
    pass


Manager.register("list", list, SelfValueListProxy)


_mirror.install(__name__, Manager=_mirror.started(Manager))
