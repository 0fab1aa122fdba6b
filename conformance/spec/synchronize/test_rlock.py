"""RLock: a recursive lock owned by one process or thread at a time; acquire(block, timeout) and release()."""

from conformance.marks import spec
from conformance.spec.calls import Call, gives_up
from conformance.spec.channel import Channel
from conformance.spec.support import BLOCKED, CHILD, TIMEOUT, WAIT, running
from conformance.spec.synchronize import targets
from conformance.spec.synchronize.observe import (
    SIGINT_NOTE, assert_locked_while_taken, free_for_others, held_by_child, interrupt,
)

RLOCK = "multiprocessing.html#multiprocessing.RLock"
ACQUIRE = "multiprocessing.html#multiprocessing.RLock.acquire"
RELEASE = "multiprocessing.html#multiprocessing.RLock.release"
LOCKED = "multiprocessing.html#multiprocessing.RLock.locked"


def _release_error(rlock):
    """The exception rlock.release() raises here, or None."""
    try:
        rlock.release()
    except Exception as e:
        return e
    return None


@spec("synchronize.rlock.ctor.factory", RLOCK, api=("synchronize.RLock",))
def test_rlock_returns_a_synchronize_rlock(mp):
    """RLock() returns an instance of multiprocessing.synchronize.RLock."""
    rlock = mp.RLock()
    assert isinstance(rlock, mp.synchronize.RLock), f"expected a synchronize.RLock; got {type(rlock)!r}"


@spec("synchronize.rlock.with.acquires_releases", RLOCK)
def test_with_statement_acquires_and_releases(mp):
    """RLock supports the context manager protocol: `with rlock:` owns it inside the block and releases it after."""
    rlock = mp.RLock()
    with rlock:
        assert not free_for_others(rlock), "expected the RLock to be owned inside the with block; another thread acquired it"
    assert free_for_others(rlock), "expected the RLock to be released after the with block; another thread could not acquire it"


@spec("synchronize.rlock.acquire.reentrant", RLOCK)
def test_owner_acquires_again_and_releases_once_per_acquire(mp):
    """The owner can acquire the RLock again without blocking, and must release it once for each acquire."""
    rlock = mp.RLock()
    assert rlock.acquire() is True, "expected the first acquire() to return True"
    assert rlock.acquire(False) is True, "expected the owner's acquire(False) to return True"
    assert rlock.acquire(True, BLOCKED) is True, "expected the owner's blocking acquire to return True at once"
    for i in range(3):
        error = _release_error(rlock)
        assert error is None, f"expected release {i + 1} of 3 to succeed; it raised {error!r}"
    assert free_for_others(rlock), "expected the RLock to be unowned after three releases"


@spec("synchronize.rlock.release.decrements", RELEASE)
def test_release_keeps_the_lock_until_the_level_is_zero(mp):
    """release() decrements the recursion level; the RLock stays owned until the level is zero, then is unlocked."""
    rlock = mp.RLock()
    assert rlock.acquire(False) and rlock.acquire(False), "expected the owner to acquire the RLock twice"
    rlock.release()
    assert not free_for_others(rlock), "expected the RLock to stay owned after one of two releases"
    rlock.release()
    assert free_for_others(rlock), "expected the RLock to be unlocked once the level reached zero"


@spec("synchronize.rlock.release.not_owner_assertion", RELEASE, needs=CHILD)
def test_release_by_a_non_owner_or_when_unowned_raises_assertionerror(mp):
    """release() by a process other than the owner, or of an unowned RLock, raises AssertionError."""
    rlock = mp.RLock()
    error = _release_error(rlock)
    assert isinstance(error, AssertionError), f"expected release() of an unowned RLock to raise AssertionError; got {error!r}"
    with rlock:
        with Channel() as ch, running(mp, targets.report_release, rlock, ch):
            got = ch.recv(what="what the child's release() raised")
    assert got == "AssertionError", f"expected release() by a non-owner to raise AssertionError; got {got!r}"


@spec("synchronize.rlock.acquire.block_true", ACQUIRE, needs=CHILD)
def test_acquire_blocks_while_another_process_owns_it(mp):
    """acquire() blocks while another process owns the RLock, then takes ownership and returns True."""
    rlock = mp.RLock()
    with held_by_child(mp, rlock) as release:
        call = Call(rlock.acquire)
        call.assert_blocked("acquire() while a child owns the RLock")
        release()
        got = call.released_by("the child's release()")
    assert got is True, f"expected acquire() to return True once the child released; got {got!r}"
    assert rlock.acquire(False) is False, "expected the RLock to be owned by the thread whose acquire() returned True"


@spec("synchronize.rlock.acquire.nonblocking_other_owner", ACQUIRE, needs=CHILD)
def test_nonblocking_acquire_of_an_rlock_owned_elsewhere_changes_nothing(mp):
    """acquire(False) while another process owns the RLock returns False without taking ownership."""
    rlock = mp.RLock()
    with held_by_child(mp, rlock):
        got = rlock.acquire(False)
        error = _release_error(rlock)
    assert got is False, f"expected acquire(False) to return False while a child owns the RLock; got {got!r}"
    assert isinstance(error, AssertionError), f"expected release() after the failed acquire to raise AssertionError (not owner); got {error!r}"
    assert rlock.acquire(False) is True, "expected the RLock to be unowned once the child released it once"


@spec("synchronize.rlock.acquire.nonblocking_free", ACQUIRE)
def test_nonblocking_acquire_of_a_free_rlock_takes_it(mp):
    """acquire(False) on an unowned RLock takes ownership and returns True."""
    rlock = mp.RLock()
    got = rlock.acquire(False)
    assert got is True, f"expected acquire(False) on an unowned RLock to return True; got {got!r}"
    assert not free_for_others(rlock), "expected the RLock to be owned after acquire(False) returned True"
    rlock.release()


@spec("synchronize.rlock.acquire.timeout_like_lock", ACQUIRE, needs=CHILD)
def test_timeout_behaves_as_in_lock_acquire(mp):
    """timeout is as in Lock.acquire: positive waits about that long (not less, not much more), negative means zero, None means no limit."""
    rlock = mp.RLock()
    with held_by_child(mp, rlock) as release:
        got = gives_up(0, rlock.acquire, True, -0.5)
        assert got is False, f"expected acquire(True, -0.5) to return False at once; got {got!r}"
        got = gives_up(TIMEOUT, rlock.acquire, True, TIMEOUT)
        assert got is False, f"expected acquire(True, {TIMEOUT}) to return False; got {got!r}"
        call = Call(rlock.acquire, True, None)
        call.assert_blocked("acquire(True, None) while a child owns the RLock")
        release()
        got = call.released_by("the child's release()")
    assert got is True, f"expected acquire(True, None) to return True once released; got {got!r}"


@spec("synchronize.rlock.locked.state", LOCKED, python=">=3.14", api=("synchronize.RLock.locked",), needs=CHILD)
def test_locked_tells_whether_any_process_owns_the_rlock(mp):
    """locked() returns a boolean indicating whether the RLock is locked right now, owned by this process or another."""
    assert_locked_while_taken(mp, mp.RLock())


@spec("synchronize.rlock.acquire.sigint_interrupts", **SIGINT_NOTE)
def test_sigint_interrupts_a_blocked_acquire(mp):
    """SIGINT while the main thread is blocked in RLock.acquire() interrupts it with KeyboardInterrupt."""
    rlock = mp.RLock()
    rlock.acquire()  # not `with rlock:`, a behaviour of its own
    try:
        got = interrupt(mp, targets.interrupted, rlock, "acquire", True, WAIT)
    finally:
        rlock.release()
    assert got == "KeyboardInterrupt", f"expected acquire() to raise KeyboardInterrupt on SIGINT; it {got}"
