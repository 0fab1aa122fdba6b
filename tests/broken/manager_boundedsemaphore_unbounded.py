"""Broken: a Manager() BoundedSemaphore is a plain threading.Semaphore: over-release is not an error."""

import threading
from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"manager.syncmanager.boundedsemaphore"}


class SyncManager(managers.SyncManager):
    pass


SyncManager.register("BoundedSemaphore", threading.Semaphore, managers.AcquirerProxy)


def _manager(ctx):
    m = SyncManager(ctx=ctx.get_context())
    m.start()
    return m


_mirror.install(__name__, Manager=lambda ctx: lambda: _manager(ctx))
