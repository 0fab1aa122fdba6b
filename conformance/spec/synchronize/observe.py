"""Ways to observe blocking primitives: a lock held by a child, a child interrupted by SIGINT, polling with a deadline,
calls that must give up in time and waiters that must be released in time."""

import contextlib
import os
import signal
import time

from conformance.spec.calls import Call, gives_up
from conformance.spec.channel import Channel
from conformance.spec.support import CHILD, LATE, TIMEOUT, WAIT, blocked, running
from conformance.spec.synchronize import targets

# The note that SIGINT interrupts a blocked acquire() or wait(): the 3.14 and 3.15 pages dropped it as stale (gh-120929).
# Its tests signal a child by its pid (interrupt()).
SIGINT_NOTE = {"doc": "multiprocessing.html#synchronization-primitives", "python": "<3.14", "requires": ("signals",),
               "needs": CHILD + ("process.pid.none_before_start",)}


def released(ch, count, action):
    """The next `count` messages on channel `ch`, sent by waiting children once `action` (what the test just did)
    released them: AssertionError if they have not all arrived LATE seconds after it, so that waiters let go by
    their own timeout are never taken for waiters that `action` released."""
    deadline = time.monotonic() + LATE
    waiters = "the waiting child" if count == 1 else f"the {count} waiting children"
    got = []
    while len(got) < count:
        found = ch.poll(max(0.0, deadline - time.monotonic()))
        assert found is not None, (f"expected {waiters} to be released within {LATE:g} s of {action};"
                                   f" {count - len(got)} of {count} still blocked" + (f" (released: {got!r})" if got else ""))
        got.append(found[0])
    return got


@contextlib.contextmanager
def held_by_child(mp, lock):
    """Yield a function that makes a child process, which holds `lock` (or one unit of a semaphore), release it."""
    with Channel() as ch, running(mp, targets.hold, lock, ch):
        try:
            got = ch.recv(what="the child's report that it holds the lock")
            assert got == "held", f"expected the child to report 'held'; got {got!r}"
            yield ch.release
        finally:
            ch.close()  # releases the child, if the test did not


def assert_locked_while_taken(mp, lock, units=1):
    """Assert that locked() is True exactly while all `units` of `lock` are taken, here or by a child; seen here and in a child."""

    def views():
        with Channel() as ch, running(mp, targets.report_locked, lock, ch):
            return lock.locked(), ch.recv(what="what locked() returned in a child")

    got = {"free": views()}
    for taken in range(1, units + 1):
        assert lock.acquire(True, WAIT), f"expected to take unit {taken} of {units} at once; acquire() timed out after WAIT"
        got["all taken here" if taken == units else f"{taken} of {units} taken here"] = views()
    lock.release()
    with held_by_child(mp, lock):
        got["the last taken by a child"] = views()
    got["the child released it"] = views()
    locked = ("all taken here", "the last taken by a child")
    expected = {state: (state in locked, state in locked) for state in got}
    assert got == expected, f"expected (locked() here, locked() in a child) to be {expected}; got {got}"


def interrupt(mp, target, *args):
    """Start target(ch, *args) in a child, send it SIGINT once its call blocks, and return what it reports after 'ready'.

    The signal goes only once the child is seen blocked (support.blocked): sent earlier, before the call, it would
    raise KeyboardInterrupt in any backend, even in one whose blocked call ignores it.
    """
    with Channel() as ch, running(mp, target, ch, *args) as p:
        got = ch.recv(what="the child's 'ready'")
        assert got == "ready", f"expected the child to report 'ready'; got {got!r}"
        is_blocked = blocked(p)
        early = next_within(ch, 0)
        if not is_blocked or early is not None:
            raise AssertionError(f"expected the child's call to block; it returned, reporting {early or 'nothing'!r}")
        os.kill(p.pid, signal.SIGINT)
        return ch.recv(what="the child's report after SIGINT")


def until(predicate, what):
    """Poll predicate() until it is true, for at most WAIT seconds."""
    deadline = time.monotonic() + WAIT
    while not predicate():
        assert time.monotonic() < deadline, f"expected {what} within WAIT; it did not happen"
        time.sleep(0.01)


def free_for_others(lock):
    """Whether another thread can acquire `lock` without blocking (it releases it again at once)."""

    def try_acquire():
        if not lock.acquire(False):
            return False
        lock.release()
        return True

    return Call(try_acquire).result()


def assert_admits(mp, semaphore, n):
    """Assert that `semaphore` lets exactly `n` child processes hold it, and lets one more in when a holder leaves."""
    with contextlib.ExitStack() as holders:
        releases = [holders.enter_context(held_by_child(mp, semaphore)) for _ in range(n)]
        got = semaphore.acquire(False)
        assert got is False, f"expected acquire(False) to return False while {n} children hold the semaphore; got {got!r}"
        got = gives_up(TIMEOUT, semaphore.acquire, True, TIMEOUT)
        assert got is False, f"expected acquire(True, {TIMEOUT}) to return False while {n} children hold it; got {got!r}"
        call = Call(semaphore.acquire)
        call.assert_blocked(f"acquire() while {n} children hold the semaphore")
        releases[0]()
        got = call.released_by("a holder's release()")
    assert got is True, f"expected acquire() to return True once a holder released; got {got!r}"


def next_within(ch, timeout):
    """The next message a child sends on channel `ch` within `timeout` seconds, or None."""
    found = ch.poll(timeout)
    return None if found is None else found[0]
