"""Broken: a Manager()'s Event() is a process-shared Event of the context, not a proxy for one in the server."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.syncmanager.primitives_are_proxies"}


class SyncManager(managers.SyncManager):
    def Event(self):
        return self._ctx.Event()


_mirror.install(__name__, Manager=_mirror.started(SyncManager))
