"""Broken: a Manager()'s Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier and Queue give up 20 times
later than the timeout given to acquire(), wait(), get() or put() (what releases them still does so at once)."""

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
    "managers.syncmanager.event",
    "managers.syncmanager.barrier",
    "managers.syncmanager.queue",
}


class LateAcquirer(_mirror.Acquirer):
    def acquire(self, blocking=True, timeout=None):
        if timeout is None or timeout < 0:
            return self._lock.acquire(blocking)
        return self._lock.acquire(blocking, _late.late(timeout))


class LateCondition(threading.Condition):
    def wait(self, timeout=None):
        return super().wait(_late.late(timeout))


class LateEvent(threading.Event):
    def wait(self, timeout=None):
        return super().wait(_late.late(timeout))


class LateBarrier(threading.Barrier):
    def wait(self, timeout=None):
        return super().wait(_late.late(timeout))


class LateQueue(queue.Queue):
    def get(self, block=True, timeout=None):
        return super().get(block, _late.late(timeout))

    def put(self, item, block=True, timeout=None):
        super().put(item, block, _late.late(timeout))


_mirror.syncmanager(__name__, {
    **{name: (functools.partial(LateAcquirer, getattr(threading, name)), managers.AcquirerProxy)
       for name in ("Lock", "RLock", "Semaphore", "BoundedSemaphore")},
    "Condition": (LateCondition, managers.ConditionProxy),
    "Event": (LateEvent, managers.EventProxy),
    "Barrier": (LateBarrier, managers.BarrierProxy),
    "Queue": (LateQueue, None),
})
