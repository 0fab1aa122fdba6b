"""Broken: a Manager() Barrier ignores parties: every wait() passes at once, with index 0."""

import threading
from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.syncmanager.barrier"}


class SyncManager(managers.SyncManager):
    pass


def one_party_barrier(parties, action=None, timeout=None):
    return threading.Barrier(1, action, timeout)


SyncManager.register("Barrier", one_party_barrier, managers.BarrierProxy)


_mirror.install(__name__, Manager=_mirror.started(SyncManager))
