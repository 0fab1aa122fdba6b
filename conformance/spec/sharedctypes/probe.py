"""Observing a lock from another process (or thread): can it acquire the lock, is an access blocked by it."""

import threading

from conformance.spec.sharedctypes import targets
from conformance.spec.support import BLOCKED, WAIT, running


def can_acquire(mp, *locks):
    """For each lock, whether a child of `mp` gets it with acquire(False): it cannot while another process holds it."""
    r, w = mp.Pipe(duplex=False)
    with running(mp, targets.try_acquire, w, *locks):
        assert r.poll(WAIT), f"expected the child to report within {WAIT:g}s whether it got the lock; it did not"
        return r.recv()


def assert_write_waits_for(mp, lock, target, shared, read):
    """While `lock` is held here, a child running target(shared, 5, started, done) waits; once it is released, 5 is written.

    `read()` reads the shared object here without taking its lock.
    """
    started, done = mp.Event(), mp.Event()
    lock.acquire()
    held = True
    try:
        with running(mp, target, shared, 5, started, done):
            assert started.wait(WAIT), f"expected the child to start within {WAIT:g}s; it did not"
            finished_early = done.wait(BLOCKED)
            before = read()
            lock.release()
            held = False
            assert not finished_early, "expected the child's write to wait while the lock was held here; it finished"
            assert before == 0, f"expected no write while the lock was held here; the value became {before!r}"
            assert done.wait(WAIT), f"expected the child's write to finish within {WAIT:g}s of releasing the lock; it did not"
    finally:
        if held:
            lock.release()
    assert read() == 5, f"expected the child's write of 5 to be seen after the lock was released; got {read()!r}"


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
