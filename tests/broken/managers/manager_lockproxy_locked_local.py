"""Broken: locked() of a Manager() Lock or RLock proxy says whether that proxy's own acquire() holds the lock."""

import threading
from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.lockproxy.locked"}


class ProxyLocalLocked(managers.AcquirerProxy):
    _held = 0

    def acquire(self, *args):
        got = super().acquire(*args)
        self._held += bool(got)
        return got

    def release(self):
        super().release()
        self._held -= 1

    def locked(self):
        return self._held > 0


class SyncManager(managers.SyncManager):
    pass


SyncManager.register("Lock", threading.Lock, ProxyLocalLocked)
SyncManager.register("RLock", threading.RLock, ProxyLocalLocked)


_mirror.install(__name__, Manager=_mirror.started(SyncManager))
