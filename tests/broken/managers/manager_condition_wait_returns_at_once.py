"""Broken: a Manager() Condition's wait() returns False at once instead of waiting for notify()."""

import threading
from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.syncmanager.condition"}


class ImpatientCondition(threading.Condition):
    def wait(self, timeout=None):
        return False


class SyncManager(managers.SyncManager):
    pass


SyncManager.register("Condition", ImpatientCondition, managers.ConditionProxy)


_mirror.install(__name__, Manager=_mirror.started(SyncManager))
