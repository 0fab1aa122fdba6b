"""Broken: a Manager() Lock never excludes: acquire() always succeeds at once."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {
    "managers.syncmanager.lock",
    "managers.lockproxy.locked",
}


class OpenLock:
    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass

    def locked(self):
        return False

    __enter__ = acquire

    def __exit__(self, *exc):
        pass


class SyncManager(managers.SyncManager):
    pass


SyncManager.register("Lock", OpenLock, managers.AcquirerProxy)


_mirror.install(__name__, Manager=_mirror.started(SyncManager))
