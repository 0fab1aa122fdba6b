"""Ways to observe blocking primitives: a lock held by a child, a child interrupted by SIGINT, polling with a deadline,
calls that must give up in time and waiters that must be released in time."""

import contextlib
import functools
import os
import queue
import signal
import time

from conformance.spec.calls import Call, gives_up
from conformance.spec.support import LATE, TIMEOUT, WAIT, blocked, running
from conformance.spec.synchronize import targets

# The note that SIGINT interrupts a blocked acquire() or wait(): the 3.14 and 3.15 pages dropped it as stale (gh-120929).
SIGINT_NOTE = {"doc": "multiprocessing.html#synchronization-primitives", "python": "<3.14", "requires": ("signals",)}


def released(results, count, action):
    """The next `count` items on queue `results`, put by waiting children once `action` (what the test just did)
    released them: AssertionError if they have not all arrived LATE seconds after it, so that waiters let go by
    their own timeout are never taken for waiters that `action` released."""
    deadline = time.monotonic() + LATE
    waiters = "the waiting child" if count == 1 else f"the {count} waiting children"
    got = []
    while len(got) < count:
        item = next_within(results, max(0.0, deadline - time.monotonic()))
        assert item is not None, (f"expected {waiters} to be released within {LATE:g} s of {action};"
                                  f" {count - len(got)} of {count} still blocked" + (f" (released: {got!r})" if got else ""))
        got.append(item)
    return got


@contextlib.contextmanager
def held_by_child(mp, lock):
    """Yield a function that makes a child process, which holds `lock` (or one unit of a semaphore), release it."""
    here, there = mp.Pipe()
    with running(mp, targets.hold, lock, there):
        try:
            assert here.poll(WAIT), "expected the child to acquire the lock; it did not within WAIT"
            here.recv()
            yield functools.partial(here.send, "release")
        finally:
            here.send("release")


def assert_locked_while_taken(mp, lock, units=1):
    """Assert that locked() is True exactly while all `units` of `lock` are taken, here or by a child; seen here and in a child."""

    def views():
        reports, conn = mp.Pipe(duplex=False)
        with running(mp, targets.report_locked, lock, conn):
            assert reports.poll(WAIT), "expected a child to report what locked() returned; it sent nothing within WAIT"
            return lock.locked(), reports.recv()

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
    """Start target(conn, *args) in a child, send it SIGINT once its call blocks, and return what it reports after 'ready'.

    The signal goes only once the child is seen blocked (support.blocked): sent earlier, before the call, it would
    raise KeyboardInterrupt in any backend, even in one whose blocked call ignores it.
    """
    reports, conn = mp.Pipe(duplex=False)
    with running(mp, target, conn, *args) as p:
        assert reports.poll(WAIT) and reports.recv() == "ready", "expected the child to start; it did not within WAIT"
        if not blocked(p) or reports.poll(0):
            got = reports.recv() if reports.poll(0) else "nothing"
            raise AssertionError(f"expected the child's call to block; it returned, reporting {got!r}")
        os.kill(p.pid, signal.SIGINT)
        assert reports.poll(WAIT), "expected the child to report after SIGINT; it reported nothing within WAIT"
        return reports.recv()


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


def next_within(results, timeout):
    """The next item put on queue `results` within `timeout` seconds, or None."""
    try:
        return results.get(timeout=timeout)
    except queue.Empty:
        return None
