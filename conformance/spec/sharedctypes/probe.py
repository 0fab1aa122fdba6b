"""Observing shared ctypes objects from another process (or thread): can it acquire a lock, is its write blocked by
one, what did it write."""

import threading

from conformance.spec.channel import Channel
from conformance.spec.sharedctypes import targets
from conformance.spec.support import BLOCKED, WAIT, running


def can_acquire(mp, *locks):
    """For each lock, whether a child of `mp` gets it with acquire(False): it cannot while another process holds it."""
    with Channel() as ch, running(mp, targets.try_acquire, ch, *locks):
        return ch.recv(what="the child's report of whether it got each lock")


def assert_write_waits_for(mp, lock, target, shared, read):
    """While `lock` is held here, a child running target(shared, 5, ch) waits; once it is released, 5 is written.

    `read()` reads the shared object here without taking its lock.
    """
    lock.acquire()
    held = True
    try:
        with Channel() as ch, running(mp, target, shared, 5, ch):
            got = ch.recv(what="the child's report that it started")
            assert got == "started", f"expected the child to report 'started'; got {got!r}"
            early = ch.poll(BLOCKED)
            before = read()
            lock.release()
            held = False
            assert early is None, f"expected the child's write to wait while the lock was held here; it reported {early[0]!r}"
            assert before == 0, f"expected no write while the lock was held here; the value became {before!r}"
            got = ch.recv(what="the child's report that its write finished (the lock released)")
            assert got == "done", f"expected the child to report 'done'; got {got!r}"
    finally:
        if held:
            lock.release()
    assert read() == 5, f"expected the child's write of 5 to be seen after the lock was released; got {read()!r}"


def written_by_child(mp, target, *args):
    """Run target(*args) in a child; return once the child reports that it returned, AssertionError if it raised."""
    with Channel() as ch, running(mp, targets.reporting, ch, target, *args):
        got = ch.recv(what="the child's report that its writes are done")
    assert got == "done", f"expected the child's writes to succeed; they {got}"


def thread_can_acquire(*locks):
    """For each lock, whether another thread of this process gets it with acquire(False)."""
    got = []

    def attempt():
        for lock in locks:
            held = lock.acquire(False)
            if held:
                lock.release()
            got.append(held)

    thread = threading.Thread(target=attempt)
    thread.start()
    thread.join(WAIT)
    assert not thread.is_alive(), f"expected the thread trying the locks to finish within {WAIT:g}s; it did not"
    return got
