"""Broken: a Manager() Condition(lock) ignores the lock it is given and uses one of its own."""

import threading
from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.syncmanager.condition_lock"}


class OwnLockCondition(threading.Condition):
    def __init__(self, lock=None):
        super().__init__()


_mirror.syncmanager(__name__, {"Condition": (OwnLockCondition, managers.ConditionProxy)})
