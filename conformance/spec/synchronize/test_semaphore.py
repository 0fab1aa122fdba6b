"""Semaphore: a counter shared by processes; acquire(block, timeout), release() and get_value()."""

import sys

from conformance.marks import not_applicable, spec
from conformance.spec.support import CHILD, WAIT
from conformance.spec.synchronize import targets
from conformance.spec.synchronize.observe import SIGINT_NOTE, assert_admits, assert_locked_while_taken, held_by_child, interrupt

SEMAPHORE = "multiprocessing.html#multiprocessing.Semaphore"


@spec("synchronize.semaphore.ctor.value_default", SEMAPHORE)
def test_value_defaults_to_one(mp):
    """Semaphore() starts with the value 1: one acquire succeeds, the next does not."""
    sem = mp.Semaphore()
    assert sem.acquire(False) is True, "expected the first acquire(False) of Semaphore() to return True"
    assert sem.acquire(False) is False, "expected the second acquire(False) of Semaphore() to return False"


@spec("synchronize.semaphore.acquire.block_param", SEMAPHORE)
def test_acquire_first_argument_is_named_block(mp):
    """The first argument of acquire() is named block, as in Lock.acquire()."""
    sem = mp.Semaphore(1)
    assert sem.acquire(block=False) is True, "expected acquire(block=False) with the value 1 to return True"
    assert sem.acquire(block=False) is False, "expected acquire(block=False) with the value 0 to return False"


@spec("synchronize.semaphore.acquire.blocks_at_zero", SEMAPHORE, needs=CHILD)
def test_semaphore_admits_exactly_value_holders(mp):
    """Semaphore(n) lets n processes hold it; further acquires block until a holder releases."""
    assert_admits(mp, mp.Semaphore(2), 2)


@spec("synchronize.semaphore.release.unbounded", SEMAPHORE)
def test_release_may_raise_the_value_above_the_initial_one(mp):
    """release() increments the value, even above the initial value."""
    sem = mp.Semaphore(1)
    sem.release()
    sem.release()
    got = [sem.acquire(False) for _ in range(4)]
    assert got == [True, True, True, False], f"expected 3 acquires to succeed after two extra releases; got {got!r}"


@spec("synchronize.semaphore.get_value.current", "multiprocessing.html#multiprocessing.Semaphore.get_value", needs=CHILD)
def test_get_value_returns_the_current_value(mp):
    """get_value() returns the semaphore's current value, as changed by any process (macOS may raise NotImplementedError)."""
    sem = mp.Semaphore(3)
    try:
        got = sem.get_value()
    except NotImplementedError:
        if sys.platform == "darwin":
            not_applicable("get_value() raised NotImplementedError, which the docs allow on macOS")
        raise
    assert got == 3, f"expected get_value() of Semaphore(3) to be 3; got {got!r}"
    sem.acquire()
    assert sem.get_value() == 2, f"expected 2 after one acquire; got {sem.get_value()!r}"
    with held_by_child(mp, sem):
        got = sem.get_value()
    assert got == 1, f"expected 1 while a child also holds the semaphore; got {got!r}"


@spec("synchronize.semaphore.locked.state", SEMAPHORE + ".locked", python=">=3.14", api=("synchronize.Semaphore.locked",), needs=CHILD)
def test_locked_tells_whether_no_unit_is_left(mp):
    """locked() returns a boolean indicating whether the semaphore is locked right now: every unit taken, by any process."""
    assert_locked_while_taken(mp, mp.Semaphore(2), units=2)


@spec("synchronize.semaphore.acquire.sigint_interrupts", **SIGINT_NOTE)
def test_sigint_interrupts_a_blocked_acquire(mp):
    """SIGINT while the main thread is blocked in Semaphore.acquire() interrupts it with KeyboardInterrupt."""
    sem = mp.Semaphore(0)
    got = interrupt(mp, targets.interrupted, sem, "acquire", True, WAIT)
    assert got == "KeyboardInterrupt", f"expected acquire() to raise KeyboardInterrupt on SIGINT; it {got}"
