"""Atomic updates of a Value: += is a separate read and write; `with v.get_lock(): v.value += 1` is atomic."""

import contextlib
import ctypes

from conformance.marks import spec
from conformance.spec.gate import Gate
from conformance.spec.sharedctypes import targets
from conformance.spec.support import BLOCKED, WAIT, running

VALUE = "multiprocessing.html#multiprocessing.Value"
CHILDREN, TIMES = 3, 100


@spec("value.get_lock.atomic_increment", VALUE)
def test_locked_increments_by_several_children_add_up(mp):
    """Children incrementing a Value under its lock, `with counter.get_lock(): counter.value += 1`, lose no increment."""
    counter, counts = mp.Value("i", 0), mp.Array("i", CHILDREN, lock=False)
    with contextlib.ExitStack() as children, Gate() as gate:
        for i in range(CHILDREN):
            children.enter_context(running(mp, targets.increment_locked, counter, counts, i, TIMES, gate.address))
        gate.arrivals(CHILDREN)
        gate.open()  # all at once, and each runs until the slowest made TIMES increments: they contend throughout
    assert min(counts) >= TIMES, f"expected each child to make {TIMES} increments within {WAIT:g} s; they made {list(counts)}"
    assert counter.value == sum(counts), (
        f"expected the children's locked increments ({' + '.join(map(str, counts))}) to give {sum(counts)}; got {counter.value}")


@spec("value.get_lock.waits_for_holder", VALUE)
def test_locked_increment_waits_for_the_lock_holder(mp):
    """`with counter.get_lock(): counter.value += 1` in a child waits while another process holds counter.get_lock()."""
    counter = mp.Value("i", 0)
    started, done = mp.Event(), mp.Event()
    lock = counter.get_lock()
    lock.acquire()
    held = True
    try:
        with running(mp, targets.increment_locked_then, counter, started, done):
            assert started.wait(WAIT), f"expected the child to start within {WAIT:g}s; it did not"
            finished_early = done.wait(BLOCKED)
            counter.value += 1  # the holder's own read-modify-write, under the same (recursive) lock
            lock.release()
            held = False
            assert not finished_early, "expected the child's locked increment to wait while the lock was held here; it finished"
            assert done.wait(WAIT), f"expected the child's increment to finish within {WAIT:g}s of releasing the lock; it did not"
    finally:
        if held:
            lock.release()
    assert counter.value == 2, f"expected both increments to count (2); got {counter.value}"


@spec("value.inplace.not_atomic", VALUE)
def test_inplace_add_reads_and_writes_separately(mp):
    """`counter.value += 1` is a read and a separate write: the lock is free between them, and a write made there is lost."""
    lock = mp.Lock()
    between = []

    class Tag:
        def __init__(self, name):
            self.name = name

        def __repr__(self):
            return self.name

    # Held here and weak-referenceable: PyPy's ctypes py_object keeps only a weak reference to its object.
    written, total = Tag("written in between"), Tag("sum")

    class Number:
        def __add__(self, other):
            free = lock.acquire(False)
            if free:
                lock.release()
            between.append(free)
            counter.value = written
            return total

    # A py_object value (used in this process only) runs Number.__add__ between the read and the write of +=.
    number = Number()
    counter = mp.Value(ctypes.py_object, number, lock=lock)
    counter.value += 1
    assert between == [True], f"expected the value's lock to be free between the read and the write of +=; free: {between}"
    assert counter.value is total, (
        f"expected the write of += to replace the value written between its read and write; got {counter.value!r}")
