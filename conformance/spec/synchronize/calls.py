"""Ways to observe blocking calls: a lock held by a child, a call run in a thread, a child interrupted by SIGINT."""

import contextlib
import functools
import os
import queue
import signal
import threading
import time

from conformance.spec.support import BLOCKED, WAIT, running
from conformance.spec.synchronize import targets


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


class Call(threading.Thread):
    """fn(*args) run in a thread of this process; `outcome` is ('returned', value) or ('raised', exception)."""

    def __init__(self, fn, *args):
        super().__init__(daemon=True)
        self._fn, self._args = fn, args
        self.outcome = None

    def run(self):
        try:
            self.outcome = ("returned", self._fn(*self._args))
        except BaseException as e:
            self.outcome = ("raised", e)

    def assert_blocked(self, what):
        """Assert that the call is still running after BLOCKED seconds."""
        self.join(BLOCKED)
        assert self.is_alive(), f"expected {what} to block; it ended at once with {self.outcome!r}"

    def finish(self):
        """Wait (at most WAIT) for the call to end and return its outcome."""
        self.join(WAIT)
        assert not self.is_alive(), "expected the call to end once unblocked; it was still blocked after WAIT"
        return self.outcome


@contextlib.contextmanager
def calling(fn, *args):
    """Run fn(*args) in a thread and yield its Call; on exit wait (at most WAIT) for it to end."""
    call = Call(fn, *args)
    call.start()
    try:
        yield call
    finally:
        call.join(WAIT)


def interrupt(mp, target, *args):
    """Start target(conn, *args) in a child, send it SIGINT once it blocks, and return what it reports after 'ready'."""
    reports, conn = mp.Pipe(duplex=False)
    with running(mp, target, conn, *args) as p:
        assert reports.poll(WAIT) and reports.recv() == "ready", "expected the child to start; it did not within WAIT"
        assert not reports.poll(BLOCKED), f"expected the child's call to block; it reported {reports.recv()!r}"
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

    call = Call(try_acquire)
    call.start()
    outcome = call.finish()
    assert outcome[0] == "returned", f"expected acquire(False) and release() in another thread to work; got {outcome!r}"
    return outcome[1]


def assert_admits(mp, semaphore, n):
    """Assert that `semaphore` lets exactly `n` child processes hold it, and lets one more in when a holder leaves."""
    with contextlib.ExitStack() as holders:
        releases = [holders.enter_context(held_by_child(mp, semaphore)) for _ in range(n)]
        got = semaphore.acquire(False)
        assert got is False, f"expected acquire(False) to return False while {n} children hold the semaphore; got {got!r}"
        got = semaphore.acquire(timeout=0.05)
        assert got is False, f"expected acquire(timeout=0.05) to return False while {n} children hold it; got {got!r}"
        with calling(semaphore.acquire) as call:
            call.assert_blocked(f"acquire() while {n} children hold the semaphore")
            releases[0]()
            outcome = call.finish()
    assert outcome == ("returned", True), f"expected acquire() to return True once a holder released; got {outcome!r}"


def next_within(results, timeout):
    """The next item put on queue `results` within `timeout` seconds, or None."""
    try:
        return results.get(timeout=timeout)
    except queue.Empty:
        return None
