"""BoundedSemaphore: a Semaphore whose release() above the initial value raises ValueError."""

from conformance.marks import spec
from conformance.spec.calls import raises
from conformance.spec.support import CHILD, WAIT
from conformance.spec.synchronize import targets
from conformance.spec.synchronize.observe import SIGINT_NOTE, assert_admits, assert_locked_while_taken, interrupt

BOUNDED = "multiprocessing.html#multiprocessing.BoundedSemaphore"


@spec("synchronize.boundedsemaphore.ctor.value_default", BOUNDED)
def test_value_defaults_to_one(mp):
    """BoundedSemaphore() starts with the value 1: one acquire succeeds, the next does not."""
    sem = mp.BoundedSemaphore()
    assert sem.acquire(False) is True, "expected the first acquire(False) of BoundedSemaphore() to return True"
    assert sem.acquire(False) is False, "expected the second acquire(False) of BoundedSemaphore() to return False"


@spec("synchronize.boundedsemaphore.acquire.block_param", BOUNDED)
def test_acquire_first_argument_is_named_block(mp):
    """The first argument of acquire() is named block, as in Lock.acquire()."""
    sem = mp.BoundedSemaphore(1)
    assert sem.acquire(block=False) is True, "expected acquire(block=False) with the value 1 to return True"
    assert sem.acquire(block=False) is False, "expected acquire(block=False) with the value 0 to return False"


@spec("synchronize.boundedsemaphore.acquire.blocks_at_zero", BOUNDED, needs=CHILD)
def test_bounded_semaphore_admits_exactly_value_holders(mp):
    """BoundedSemaphore(n) lets n processes hold it; further acquires block until a holder releases."""
    assert_admits(mp, mp.BoundedSemaphore(2), 2)


@spec("synchronize.boundedsemaphore.release.over_release", BOUNDED, platforms=("linux", "win32"))
def test_release_above_the_initial_value_raises_valueerror(mp):
    """release() that would raise the value above the initial value raises ValueError (not detected on macOS)."""
    sem = mp.BoundedSemaphore(2)
    sem.acquire()
    sem.release()
    raises(ValueError, sem.release)
    got = [sem.acquire(False) for _ in range(3)]
    assert got == [True, True, False], f"expected the value to stay 2 after the refused release; acquires gave {got!r}"


@spec("synchronize.boundedsemaphore.locked.state", BOUNDED + ".locked", python=">=3.14", api=("synchronize.BoundedSemaphore.locked",), needs=CHILD)
def test_locked_tells_whether_no_unit_is_left(mp):
    """locked() returns a boolean indicating whether the semaphore is locked right now: every unit taken, by any process."""
    assert_locked_while_taken(mp, mp.BoundedSemaphore(2), units=2)


@spec("synchronize.boundedsemaphore.acquire.sigint_interrupts", **SIGINT_NOTE)
def test_sigint_interrupts_a_blocked_acquire(mp):
    """SIGINT while the main thread is blocked in BoundedSemaphore.acquire() interrupts it with KeyboardInterrupt."""
    sem = mp.BoundedSemaphore(1)
    sem.acquire()
    got = interrupt(mp, targets.interrupted, sem, "acquire", True, WAIT)
    assert got == "KeyboardInterrupt", f"expected acquire() to raise KeyboardInterrupt on SIGINT; it {got}"
