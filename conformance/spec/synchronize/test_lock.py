"""Lock: a non-recursive lock shared by processes and threads; acquire(block, timeout) and release()."""

from conformance.marks import spec
from conformance.spec.calls import Call, gives_up
from conformance.spec.channel import Channel
from conformance.spec.support import BLOCKED, CHILD, LATE, TIMEOUT, WAIT, running
from conformance.spec.synchronize import targets
from conformance.spec.synchronize.observe import SIGINT_NOTE, assert_locked_while_taken, held_by_child, interrupt, next_within

LOCK = "multiprocessing.html#multiprocessing.Lock"
ACQUIRE = "multiprocessing.html#multiprocessing.Lock.acquire"
RELEASE = "multiprocessing.html#multiprocessing.Lock.release"
LOCKED = "multiprocessing.html#multiprocessing.Lock.locked"


@spec("synchronize.lock.ctor.factory", LOCK, api=("synchronize.Lock",))
def test_lock_returns_a_synchronize_lock(mp):
    """Lock() returns an instance of multiprocessing.synchronize.Lock."""
    lock = mp.Lock()
    assert isinstance(lock, mp.synchronize.Lock), f"expected a synchronize.Lock; got {type(lock)!r}"


@spec("synchronize.lock.with.acquires_releases", LOCK)
def test_with_statement_acquires_and_releases(mp):
    """Lock supports the context manager protocol: `with lock:` holds it inside the block and releases it after."""
    lock = mp.Lock()
    with lock:
        assert lock.acquire(False) is False, "expected the lock to be held inside the with block; acquire(False) succeeded"
    assert lock.acquire(False) is True, "expected the lock to be released after the with block; acquire(False) failed"


@spec("synchronize.lock.acquire.cross_process", LOCK, needs=CHILD)
def test_lock_held_by_the_parent_blocks_a_child(mp):
    """Once a process holds the lock, another process's acquire blocks until the lock is released."""
    lock = mp.Lock()
    lock.acquire()
    with Channel() as ch, running(mp, targets.report_acquire, lock, ch, True, WAIT):
        got = ch.recv(what="the child's 'acquiring'")
        assert got == "acquiring", f"expected the child to report 'acquiring'; got {got!r}"
        early = next_within(ch, BLOCKED)
        lock.release()
        assert early is None, f"expected the child's acquire to block while the parent holds the lock; it returned {early!r}"
        got = ch.recv(LATE, what="the result of the child's acquire() after the parent's release()")
    assert got is True, f"expected the child's acquire to return True; got {got!r}"


@spec("synchronize.lock.acquire.non_recursive", LOCK)
def test_holder_cannot_acquire_again(mp):
    """Lock is not recursive: the holder's own second acquire fails without blocking (block=False) or blocks until its timeout."""
    lock = mp.Lock()
    lock.acquire()
    assert lock.acquire(False) is False, "expected the holder's acquire(False) to return False"
    got = gives_up(TIMEOUT, lock.acquire, True, TIMEOUT)
    assert got is False, f"expected the holder's acquire(True, {TIMEOUT}) to time out and return False; got {got!r}"


@spec("synchronize.lock.acquire.block_default", ACQUIRE, needs=CHILD)
def test_acquire_blocks_until_child_releases(mp):
    """acquire() (block=True by default) blocks while another process holds the lock, then locks it and returns True."""
    lock = mp.Lock()
    with held_by_child(mp, lock) as release:
        call = Call(lock.acquire)
        call.assert_blocked("acquire() while a child holds the lock")
        release()
        got = call.released_by("the child's release()")
    assert got is True, f"expected acquire() to return True once released; got {got!r}"
    assert lock.acquire(False) is False, "expected the lock to be locked after acquire() returned True"


@spec("synchronize.lock.acquire.param_name_block", ACQUIRE)
def test_acquire_first_argument_is_named_block(mp):
    """The first argument of acquire() is named block (threading's is named blocking)."""
    lock = mp.Lock()
    assert lock.acquire(block=False) is True, "expected acquire(block=False) on an unlocked lock to return True"
    assert lock.acquire(block=False) is False, "expected acquire(block=False) on a locked lock to return False"
    lock.release()
    assert lock.acquire(block=True) is True, "expected acquire(block=True) on an unlocked lock to return True"


@spec("synchronize.lock.acquire.nonblocking_locked", ACQUIRE, needs=CHILD)
def test_nonblocking_acquire_of_a_lock_held_by_a_child_returns_false(mp):
    """acquire(False) returns False at once when another process holds the lock."""
    lock = mp.Lock()
    with held_by_child(mp, lock):
        got = lock.acquire(False)
    assert got is False, f"expected acquire(False) to return False while a child holds the lock; got {got!r}"


@spec("synchronize.lock.acquire.nonblocking_unlocked", ACQUIRE)
def test_nonblocking_acquire_of_an_unlocked_lock_locks_it(mp):
    """acquire(False) on an unlocked lock locks it and returns True."""
    lock = mp.Lock()
    got = lock.acquire(False)
    assert got is True, f"expected acquire(False) on an unlocked lock to return True; got {got!r}"
    assert lock.acquire(False) is False, "expected the lock to be locked afterwards; acquire(False) succeeded again"


@spec("synchronize.lock.acquire.timeout_positive", ACQUIRE, needs=CHILD)
def test_acquire_with_timeout_gives_up_after_the_timeout(mp):
    """acquire(timeout=t) blocks about t seconds (not less, not much more) while another process holds the lock, then returns False."""
    lock = mp.Lock()
    with held_by_child(mp, lock):
        got = gives_up(TIMEOUT, lock.acquire, True, TIMEOUT)
    assert got is False, f"expected acquire(True, {TIMEOUT}) to return False; got {got!r}"


@spec("synchronize.lock.acquire.timeout_negative_zero", ACQUIRE)
def test_negative_timeout_means_zero(mp):
    """A negative timeout is the same as a timeout of zero (threading raises ValueError instead)."""
    lock = mp.Lock()
    got = lock.acquire(True, -0.5)
    assert got is True, f"expected acquire(True, -0.5) on an unlocked lock to return True; got {got!r}"
    got = gives_up(0, lock.acquire, True, -10)
    assert got is False, f"expected acquire(True, -10) on a locked lock to return False at once; got {got!r}"


@spec("synchronize.lock.acquire.timeout_none_infinite", ACQUIRE, needs=CHILD)
def test_timeout_none_waits_until_released(mp):
    """timeout=None means no time limit: acquire blocks until the lock is released, then returns True."""
    lock = mp.Lock()
    with held_by_child(mp, lock) as release:
        call = Call(lock.acquire, True, None)
        call.assert_blocked("acquire(True, None) while a child holds the lock")
        release()
        got = call.released_by("the child's release()")
    assert got is True, f"expected acquire(True, None) to return True once released; got {got!r}"


@spec("synchronize.lock.acquire.timeout_ignored_nonblocking", ACQUIRE)
def test_timeout_is_ignored_when_not_blocking(mp):
    """With block=False the timeout is ignored: acquire returns at once."""
    lock = mp.Lock()
    assert lock.acquire(False, WAIT) is True, f"expected acquire(False, {WAIT}) on an unlocked lock to return True"
    got = gives_up(0, lock.acquire, False, WAIT)
    assert got is False, f"expected acquire(False, {WAIT}) on a locked lock to return False; got {got!r}"


@spec("synchronize.lock.acquire.returns", ACQUIRE)
def test_acquire_returns_true_or_false(mp):
    """acquire() returns True when it acquired the lock and False when its timeout elapsed."""
    lock = mp.Lock()
    got = lock.acquire()
    assert got is True, f"expected acquire() on an unlocked lock to return True; got {got!r}"
    got = gives_up(TIMEOUT, lock.acquire, True, TIMEOUT)
    assert got is False, f"expected acquire(True, {TIMEOUT}) on a locked lock to return False; got {got!r}"


@spec("synchronize.lock.release.any_owner", RELEASE, needs=CHILD)
def test_lock_acquired_by_a_child_is_released_by_the_parent(mp):
    """release() may be called by any process, not only the one that acquired the lock."""
    lock = mp.Lock()
    with Channel() as ch, running(mp, targets.take, lock, ch):
        got = ch.recv(what="the child's report that it took the lock")
    assert got == "taken", f"expected the child to report 'taken'; got {got!r}"
    assert lock.acquire(False) is False, "expected the lock taken by the child to be locked"
    lock.release()
    assert lock.acquire(False) is True, "expected the parent's release() to unlock the lock the child acquired"


@spec("synchronize.lock.release.unlocked_valueerror", RELEASE)
def test_release_of_an_unlocked_lock_raises_valueerror(mp):
    """release() of an unlocked Lock raises ValueError (threading raises RuntimeError)."""
    lock = mp.Lock()
    try:
        lock.release()
    except ValueError:
        return
    except Exception as e:
        raise AssertionError(f"expected ValueError; got {type(e).__name__}: {e}") from None
    raise AssertionError("expected ValueError; release() of an unlocked lock returned")


@spec("synchronize.lock.locked.state", LOCKED, python=">=3.14", api=("synchronize.Lock.locked",), needs=CHILD)
def test_locked_tells_whether_any_process_holds_the_lock(mp):
    """locked() returns a boolean indicating whether the lock is locked right now, by this process or another."""
    assert_locked_while_taken(mp, mp.Lock())


@spec("synchronize.lock.acquire.sigint_interrupts", **SIGINT_NOTE)
def test_sigint_interrupts_a_blocked_acquire(mp):
    """SIGINT while the main thread is blocked in Lock.acquire() interrupts it with KeyboardInterrupt."""
    lock = mp.Lock()
    lock.acquire()  # not `with lock:`, a behaviour of its own
    try:
        got = interrupt(mp, targets.interrupted, lock, "acquire", True, WAIT)
    finally:
        lock.release()
    assert got == "KeyboardInterrupt", f"expected acquire() to raise KeyboardInterrupt on SIGINT; it {got}"
