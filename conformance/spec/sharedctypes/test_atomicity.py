"""Atomic updates of a Value: += is a separate read and write; `with v.get_lock(): v.value += 1` is atomic."""

import contextlib
import ctypes

from conformance.marks import spec
from conformance.spec.channel import Channel
from conformance.spec.sharedctypes import targets
from conformance.spec.support import BLOCKED, CHILD, WAIT, running

VALUE = "multiprocessing.html#multiprocessing.Value"
CHILDREN, TIMES = 3, 100


@spec("sharedctypes.value.get_lock.atomic_increment", VALUE, needs=CHILD)
def test_locked_increments_by_several_children_add_up(mp):
    """Children incrementing a Value under its lock, `with counter.get_lock(): counter.value += 1`, lose no increment."""
    counter, total = mp.Value("i", 0), CHILDREN * TIMES
    with Channel(children=CHILDREN) as ch, contextlib.ExitStack() as children:
        for _ in range(CHILDREN):
            children.enter_context(running(mp, targets.increment_locked, counter, total, ch))
        ch.release()  # once all have connected: they start at once and run until the counter reaches the total, contending throughout
        counts = [ch.recv(what="a child's count of its increments") for _ in range(CHILDREN)]
    wrong = [c for c in counts if not isinstance(c, int)]
    assert not wrong, f"expected each child to report how many increments it made; got {counts!r}"
    assert sum(counts) >= total, f"expected the children to make {total} increments within {WAIT:g} s; they made {counts}"
    assert counter.value == sum(counts), (
        f"expected the children's locked increments ({' + '.join(map(str, counts))}) to give {sum(counts)}; got {counter.value}")


@spec("sharedctypes.value.get_lock.waits_for_holder", VALUE, needs=CHILD)
def test_locked_increment_waits_for_the_lock_holder(mp):
    """`with counter.get_lock(): counter.value += 1` in a child waits while another process holds counter.get_lock()."""
    counter = mp.Value("i", 0)
    lock = counter.get_lock()
    lock.acquire()
    held = True
    try:
        with Channel() as ch, running(mp, targets.increment_locked_then, counter, ch):
            got = ch.recv(what="the child's report that it started")
            assert got == "started", f"expected the child to report 'started'; got {got!r}"
            early = ch.poll(BLOCKED)
            counter.value += 1  # the holder's own read-modify-write, under the same (recursive) lock
            lock.release()
            held = False
            assert early is None, f"expected the child's locked increment to wait while the lock was held here; it reported {early[0]!r}"
            got = ch.recv(what="the child's report that its increment finished (the lock released)")
            assert got == "done", f"expected the child to report 'done'; got {got!r}"
    finally:
        if held:
            lock.release()
    assert counter.value == 2, f"expected both increments to count (2); got {counter.value}"


@spec("sharedctypes.value.inplace.not_atomic", VALUE, needs=("synchronize.lock.with.acquires_releases",))
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
