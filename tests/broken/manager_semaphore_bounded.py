"""Broken: a Manager() Semaphore is a threading.BoundedSemaphore: releasing beyond its value raises."""

import threading
from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"manager.syncmanager.semaphore"}


class SyncManager(managers.SyncManager):
    pass


SyncManager.register("Semaphore", threading.BoundedSemaphore, managers.AcquirerProxy)


def _manager(ctx):
    m = SyncManager(ctx=ctx.get_context())
    m.start()
    return m


_mirror.install(__name__, Manager=lambda ctx: lambda: _manager(ctx))
