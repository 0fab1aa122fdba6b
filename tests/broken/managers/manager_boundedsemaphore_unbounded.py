"""Broken: a Manager() BoundedSemaphore is a plain threading.Semaphore: over-release is not an error."""

import threading
from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.syncmanager.boundedsemaphore"}


class SyncManager(managers.SyncManager):
    pass


SyncManager.register("BoundedSemaphore", threading.Semaphore, managers.AcquirerProxy)


_mirror.install(__name__, Manager=_mirror.started(SyncManager))
