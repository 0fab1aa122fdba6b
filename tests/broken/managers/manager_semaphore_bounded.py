"""Broken: a Manager() Semaphore is a threading.BoundedSemaphore: releasing beyond its value raises."""

import threading
from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.syncmanager.semaphore"}


class SyncManager(managers.SyncManager):
    pass


SyncManager.register("Semaphore", threading.BoundedSemaphore, managers.AcquirerProxy)


_mirror.install(__name__, Manager=_mirror.started(SyncManager))
