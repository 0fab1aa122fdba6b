"""Broken: what should wake a waiter on a Manager()'s primitive or Queue does not: acquire() of a Lock, RLock, Semaphore
or BoundedSemaphore and a blocking Queue.get() look again only every 5 s; Condition.notify() and the last party to reach
a Barrier wake nobody, whose wait() then returns only when its own timeout ends. Timeouts are honoured."""

import functools
import queue
import threading
from multiprocessing import managers

from tests.broken import _late, _mirror

BREAKS = {
    "managers.syncmanager.lock",
    "managers.syncmanager.rlock",
    "managers.syncmanager.semaphore",
    "managers.syncmanager.boundedsemaphore",
    "managers.syncmanager.condition",
    "managers.syncmanager.barrier",
    "managers.syncmanager.queue",
}


class UnwokenAcquirer(_mirror.Acquirer):
    def acquire(self, blocking=True, timeout=None):
        if not blocking:
            return self._lock.acquire(False)
        return _late.drowsy(lambda: self._lock.acquire(False), None if timeout is None or timeout < 0 else timeout)


class DeafCondition(threading.Condition):
    def notify(self, n=1):
        pass

    def notify_all(self):
        pass


class DeafBarrier(threading.Barrier):
    def __init__(self, parties, action=None, timeout=None):
        super().__init__(parties, action, timeout)
        self._cond = DeafCondition(threading.Lock())


class UnwokenQueue(queue.Queue):
    def get(self, block=True, timeout=None):
        if block and not _late.drowsy(self.qsize, timeout):
            raise queue.Empty
        return super().get(False)


_mirror.syncmanager(__name__, {
    **{name: (functools.partial(UnwokenAcquirer, getattr(threading, name)), managers.AcquirerProxy)
       for name in ("Lock", "RLock", "Semaphore", "BoundedSemaphore")},
    "Condition": (DeafCondition, managers.ConditionProxy),
    "Barrier": (DeafBarrier, managers.BarrierProxy),
    "Queue": (UnwokenQueue, None),
})
