"""Broken: a Manager() RLock is a threading.Lock: its owner cannot acquire it again."""

import threading
from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.syncmanager.rlock"}


class SyncManager(managers.SyncManager):
    pass


SyncManager.register("RLock", threading.Lock, managers.AcquirerProxy)


_mirror.install(__name__, Manager=_mirror.started(SyncManager))
