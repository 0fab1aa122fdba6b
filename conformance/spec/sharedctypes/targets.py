"""Code that runs in child processes (or threads) of the shared ctypes tests; importable by spawned children."""

import ctypes
import os
import time

from conformance.spec.gate import wait_at
from conformance.spec.support import WAIT


class Point(ctypes.Structure):
    """The Structure of the documentation's sharedctypes example."""

    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double)]


def negate(a):
    """As the child of the documentation's "Shared memory" example does: negate every element of a."""
    for i in range(len(a)):
        a[i] = -a[i]


def sharedctypes_example(n, x, s, A):
    """The child of the documentation's sharedctypes example: square n, x and the points, upper-case s."""
    n.value **= 2
    x.value **= 2
    s.value = s.value.upper()
    for a in A:
        a.x **= 2
        a.y **= 2


def set_value(v, value):
    """Set v.value."""
    v.value = value


def set_raw(v, a, value):
    """Set v.value and a[0]."""
    v.value = value
    a[0] = value


def set_value_then(v, value, started, done):
    """Set the Event `started`, set v.value, then set the Event `done`."""
    started.set()
    v.value = value
    done.set()


def set_first_then(a, value, started, done):
    """Set the Event `started`, set a[0], then set the Event `done`."""
    started.set()
    a[0] = value
    done.set()


def try_acquire(conn, *locks):
    """Send, for each lock, whether lock.acquire(False) succeeded (releasing it again if it did)."""
    got = [lock.acquire(False) for lock in locks]
    for lock, held in zip(locks, got):
        if held:
            lock.release()
    conn.send(got)


def increment_locked(v, counts, i, times, gate):
    """Once the gate at address `gate` opens, increment v.value under v.get_lock(), counting in counts[i], until every
    child counted `times` (each runs as long as the slowest) or WAIT passed.

    Each increment reads and then writes v.value, as += does, and yields the CPU in between: a lock that keeps no
    other process out lets another child's increments run there, and they are lost.
    """
    wait_at(gate)
    deadline = time.monotonic() + WAIT
    while min(counts) < times and time.monotonic() < deadline:
        with v.get_lock():
            value = v.value
            _yield_cpu()
            v.value = value + 1
        counts[i] += 1


_yield_cpu = getattr(os, "sched_yield", lambda: time.sleep(0))


def increment_locked_then(v, started, done):
    """Set the Event `started`, increment v.value once under v.get_lock(), then set the Event `done`."""
    started.set()
    with v.get_lock():
        v.value += 1
    done.set()

