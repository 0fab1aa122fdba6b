"""Condition: a condition variable over a Lock or RLock, shared by processes: wait, wait_for, notify, notify_all."""

import contextlib
import os
import tempfile
import threading

from conformance.marks import spec
from conformance.spec.calls import Call, gives_up
from conformance.spec.channel import Channel
from conformance.spec.support import BLOCKED, CHILD, LATE, TIMEOUT, WAIT, running
from conformance.spec.synchronize import targets
from conformance.spec.synchronize.observe import SIGINT_NOTE, free_for_others, interrupt, next_within, released

CONDITION = "multiprocessing.html#multiprocessing.Condition"
THREADING = "threading.html#threading.Condition"
# What a test of a Condition cannot do without: its lock, given (a Lock) or its own (an RLock).
LOCK = ("synchronize.lock.with.acquires_releases",)
RLOCK = ("synchronize.rlock.with.acquires_releases",)


def _waiting(mp, cond, names, ch, stack):
    """Start (on ExitStack `stack`) a child per name that waits on `cond`, reporting on channel `ch`; return once all
    of them are waiting."""
    for name in names:
        stack.enter_context(running(mp, targets.wait_on_condition, cond, name, ch))
    stack.callback(_notify_all, cond)  # runs first on exit: no child is left waiting when the children are reaped
    for _ in names:
        got = ch.recv(what="each child's report that it is about to wait")
        assert got[0] == "waiting", f"expected each child to report it is about to wait; got {got!r}"
    # Each child holds the lock from its report until wait() releases it: once we hold it, all are waiting.
    with cond:
        pass


def _woken(ch, count, action):
    """The (name, result of wait) pairs of `count` children that `action` woke, sorted (calls.released)."""
    return sorted(released(ch, count, action))


def _notify_all(cond):
    with cond:
        cond.notify_all()


def wait(cond, timeout):
    """cond.wait(timeout), called holding the condition's lock (as it must be)."""
    with cond:
        return cond.wait(timeout)


def wait_for(cond, predicate, timeout):
    """cond.wait_for(predicate, timeout), called holding the condition's lock."""
    with cond:
        return cond.wait_for(predicate, timeout)


def _notified(mp, cond, waiting, target, *args):
    """What waiting() returns, called holding `cond` in a thread, once a child running target(cond, ch, *args) took
    `cond` (which waiting() must release), notified it and said so on channel `ch`: AssertionError if it is still
    blocked LATE seconds after the child's report."""
    holding = threading.Event()

    def waiter():
        with cond:
            holding.set()
            return waiting()

    call = Call(waiter)
    assert holding.wait(WAIT), f"expected a thread to take the condition's lock within {WAIT:g} s; it did not"
    with Channel() as ch, running(mp, target, cond, ch, *args):
        got = ch.recv(what="the child's report that it took the lock and notified")
        assert got == "notified", f"expected the child to report 'notified'; got {got!r}"
        return call.value(LATE, f"expected the waiter to return within {LATE:g} s of the child's notification")


@spec("synchronize.condition.ctor.lock_param", CONDITION, needs=LOCK)
def test_condition_uses_the_lock_it_is_given(mp):
    """Condition(lock) uses the given multiprocessing Lock as its underlying lock."""
    lock = mp.Lock()
    cond = mp.Condition(lock)
    assert cond.acquire() is True, "expected cond.acquire() to return True"
    got = lock.acquire(False)
    assert got is False, f"expected the given lock to be held while the condition is acquired; lock.acquire(False) gave {got!r}"
    cond.release()
    assert lock.acquire(False) is True, "expected cond.release() to release the given lock"


@spec("synchronize.condition.ctor.default_rlock", THREADING, needs=RLOCK)
def test_condition_without_a_lock_uses_a_new_rlock(mp):
    """Condition() without a lock creates a new RLock: the owner can acquire it again, other threads cannot."""
    cond = mp.Condition()
    assert cond.acquire() is True, "expected cond.acquire() to return True"
    assert cond.acquire(False) is True, "expected the owner to acquire the default (recursive) lock again"
    cond.release()
    assert not free_for_others(cond), "expected the condition to stay owned after one of two releases"
    cond.release()
    assert free_for_others(cond), "expected the condition to be free after two releases"


@spec("synchronize.condition.with.acquires_releases", THREADING, needs=LOCK)
def test_with_statement_acquires_and_releases_the_lock(mp):
    """`with cond:` holds the underlying lock inside the block and releases it after."""
    cond = mp.Condition(mp.Lock())
    with cond:
        assert not free_for_others(cond), "expected the condition's lock to be held inside the with block"
    assert free_for_others(cond), "expected the condition's lock to be released after the with block"


@spec("synchronize.condition.wait.blocks_until_notify", THREADING, needs=CHILD + LOCK)
def test_wait_releases_the_lock_until_notified_by_another_process(mp):
    """wait() releases the lock, blocks until another process notifies, reacquires the lock and returns True."""
    lock = mp.Lock()
    cond = mp.Condition(lock)
    got, reacquired = _notified(mp, cond, lambda: (cond.wait(WAIT), not lock.acquire(False)), targets.notify_one)
    assert got is True, f"expected wait() to return True when notified; got {got!r}"
    assert reacquired, "expected wait() to return holding the lock again; the lock was free"


@spec("synchronize.condition.wait.timeout_false", THREADING, needs=RLOCK)
def test_wait_returns_false_on_timeout(mp):
    """wait(timeout) returns False when the timeout expires without a notification (not before, not much after)."""
    cond = mp.Condition()
    got = gives_up(TIMEOUT, wait, cond, TIMEOUT)
    assert got is False, f"expected wait({TIMEOUT}) without a notification to return False; got {got!r}"


@spec("synchronize.condition.wait.unowned_raises", THREADING, needs=RLOCK)
def test_wait_and_notify_without_the_lock_raise(mp):
    """wait() and notify() without holding the lock raise (RuntimeError per threading; AssertionError in CPython's multiprocessing)."""
    cond = mp.Condition()
    for name, call in (("wait(0.05)", lambda: cond.wait(0.05)), ("notify()", cond.notify)):
        try:
            got = call()
        except (RuntimeError, AssertionError):
            continue
        raise AssertionError(f"expected {name} without the lock to raise; it returned {got!r}")


@spec("synchronize.condition.notify.at_most_n", THREADING, needs=CHILD + RLOCK)
def test_notify_wakes_at_most_n_waiters(mp):
    """notify(n) wakes at most n of the waiting processes; notify() wakes one."""
    cond = mp.Condition()
    with Channel() as ch, contextlib.ExitStack() as stack:
        _waiting(mp, cond, ["a", "b", "c"], ch, stack)
        with cond:
            cond.notify(2)
        woken = _woken(ch, 2, "notify(2)")
        assert [r for _, r in woken] == [True, True], f"expected two waits to return True after notify(2); got {woken!r}"
        extra = next_within(ch, BLOCKED)
        assert extra is None, f"expected notify(2) to wake only 2 of 3 waiters; a third woke: {extra!r}"
        with cond:
            cond.notify()
        last = _woken(ch, 1, "notify()")
    names = sorted(n for n, _ in woken + last)
    assert names == ["a", "b", "c"] and last[0][1] is True, f"expected notify() to wake the last waiter; got {last!r}"


@spec("synchronize.condition.notify_all.wakes_all", THREADING, needs=CHILD + RLOCK)
def test_notify_all_wakes_every_waiter(mp):
    """notify_all() wakes every waiting process."""
    cond = mp.Condition()
    with Channel() as ch, contextlib.ExitStack() as stack:
        _waiting(mp, cond, ["a", "b"], ch, stack)
        with cond:
            cond.notify_all()
        woken = _woken(ch, 2, "notify_all()")
    assert woken == [("a", True), ("b", True)], f"expected both waits to return True after notify_all(); got {woken!r}"


@spec("synchronize.condition.wait_for.returns_predicate", CONDITION, python=">=3.3", needs=CHILD + RLOCK)
def test_wait_for_returns_the_last_value_of_the_predicate(mp):
    """wait_for(predicate, timeout) waits until the predicate is true and returns its last value (falsy on timeout)."""
    cond = mp.Condition()
    with cond:
        got = cond.wait_for(lambda: "already")
    assert got == "already", f"expected wait_for() to return a true predicate's value at once; got {got!r}"
    got = gives_up(TIMEOUT, wait_for, cond, lambda: [], TIMEOUT)
    assert got == [], f"expected wait_for(predicate, {TIMEOUT}) to return the predicate's last (false) value []; got {got!r}"
    with tempfile.TemporaryDirectory(prefix="mp-conformance-") as directory:
        path = os.path.join(directory, "flag")  # the state the predicate reads, which another process changes
        got = _notified(mp, cond, lambda: cond.wait_for(lambda: os.path.exists(path) and 1, WAIT), targets.create_and_notify, path)
    assert got == 1, f"expected wait_for(predicate) to return the predicate's value 1 once another process made it true; got {got!r}"


@spec("synchronize.condition.wait.sigint_interrupts", **dict(SIGINT_NOTE, needs=SIGINT_NOTE["needs"] + RLOCK))
def test_sigint_interrupts_a_blocked_acquire_or_wait(mp):
    """SIGINT while the main thread is blocked in Condition.acquire() or Condition.wait() interrupts it with KeyboardInterrupt."""
    cond = mp.Condition()
    cond.acquire()
    try:
        got = interrupt(mp, targets.interrupted, cond, "acquire", True, WAIT)
    finally:
        cond.release()
    assert got == "KeyboardInterrupt", f"expected acquire() to raise KeyboardInterrupt on SIGINT; it {got}"
    got = interrupt(mp, targets.wait_interrupted, cond)
    assert got == "KeyboardInterrupt", f"expected wait() to raise KeyboardInterrupt on SIGINT; it {got}"
