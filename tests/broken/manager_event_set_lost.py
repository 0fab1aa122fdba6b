"""Broken: a Manager() Event's set() does nothing."""

import threading
from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"manager.syncmanager.event"}


class UnsettableEvent(threading.Event):
    def set(self):
        pass


class SyncManager(managers.SyncManager):
    pass


SyncManager.register("Event", UnsettableEvent, managers.EventProxy)


def _manager(ctx):
    m = SyncManager(ctx=ctx.get_context())
    m.start()
    return m


_mirror.install(__name__, Manager=lambda ctx: lambda: _manager(ctx))
