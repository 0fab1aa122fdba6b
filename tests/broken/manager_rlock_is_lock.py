"""Broken: a Manager() RLock is a threading.Lock: its owner cannot acquire it again."""

import threading
from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"manager.syncmanager.rlock"}


class SyncManager(managers.SyncManager):
    pass


SyncManager.register("RLock", threading.Lock, managers.AcquirerProxy)


def _manager(ctx):
    m = SyncManager(ctx=ctx.get_context())
    m.start()
    return m


_mirror.install(__name__, Manager=lambda ctx: lambda: _manager(ctx))
