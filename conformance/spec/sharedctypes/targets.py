"""Code that runs in child processes (or threads) of the shared ctypes tests; importable by spawned children."""

import ctypes


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


def increment_locked(v, times):
    """Increment v.value `times` times, each as the documentation shows: under v.get_lock()."""
    for _ in range(times):
        with v.get_lock():
            v.value += 1


def increment_locked_then(v, started, done):
    """Set the Event `started`, increment v.value once under v.get_lock(), then set the Event `done`."""
    started.set()
    with v.get_lock():
        v.value += 1
    done.set()

