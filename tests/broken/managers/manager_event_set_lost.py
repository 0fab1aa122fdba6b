"""Broken: a Manager() Event's set() does nothing."""

import threading
from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.syncmanager.event"}


class UnsettableEvent(threading.Event):
    def set(self):
        pass


class SyncManager(managers.SyncManager):
    pass


SyncManager.register("Event", UnsettableEvent, managers.EventProxy)


_mirror.install(__name__, Manager=_mirror.started(SyncManager))
