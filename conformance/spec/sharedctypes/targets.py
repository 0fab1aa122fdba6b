"""Code that runs in child processes (or threads) of the shared ctypes tests; importable by spawned children."""

import ctypes
import os
import time

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


def set_value_then(v, value, ch):
    """Say 'started' over channel `ch`, set v.value, then say 'done'."""
    ch.send("started")
    v.value = value
    ch.send("done")


def set_first_then(a, value, ch):
    """Say 'started' over channel `ch`, set a[0], then say 'done'."""
    ch.send("started")
    a[0] = value
    ch.send("done")


def reporting(ch, fn, *args):
    """Call fn(*args), then send over channel `ch` 'done', or what it raised."""
    try:
        fn(*args)
    except Exception as e:
        ch.send(f"raised {e!r}")
    else:
        ch.send("done")


def try_acquire(ch, *locks):
    """Send over channel `ch`, for each lock, whether lock.acquire(False) succeeded (releasing it again if it did)."""
    got = [lock.acquire(False) for lock in locks]
    for lock, held in zip(locks, got):
        if held:
            lock.release()
    ch.send(got)


def increment_locked(v, total, ch):
    """Once the test releases it over channel `ch`, increment v.value under v.get_lock() until an increment of its own
    reaches `total` or beyond (or WAIT passed), then send how many increments this child made, or what stopped it.

    Each increment reads and then writes v.value, as += does, and yields the CPU in between: a lock that keeps no
    other process out lets another child's increments run there, and they are lost.
    """
    ch.wait()
    made, deadline = 0, time.monotonic() + WAIT
    try:
        while time.monotonic() < deadline:
            with v.get_lock():
                value = v.value
                _yield_cpu()
                v.value = value + 1
            made += 1
            if value + 1 >= total:
                break
    except Exception as e:
        ch.send(f"raised {e!r}")
    else:
        ch.send(made)


_yield_cpu = getattr(os, "sched_yield", lambda: time.sleep(0))


def increment_locked_then(v, ch):
    """Say 'started' over channel `ch`, increment v.value once under v.get_lock(), then say 'done'."""
    ch.send("started")
    with v.get_lock():
        v.value += 1
    ch.send("done")
