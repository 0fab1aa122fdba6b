"""Pools a test always tears down, their workers, and the Events with which a test holds a task in a worker."""

import contextlib

from conformance.spec.calls import within
from conformance.spec.support import WAIT


class Hold:
    """Two Events for targets.held: `started` is set when a held task runs, `release` lets it return."""

    def __init__(self, mp):
        self.started = mp.Event()
        self.release = mp.Event()

    def initargs(self):
        return (self.started, self.release)

    def wait_started(self):
        assert self.started.wait(WAIT), f"expected a held task to start in a worker within {WAIT:g} s; none did"

    def release_live(self, workers):
        """Release held tasks if one of `workers` still runs; setting an Event whose waiter was killed would wait forever."""
        if any(w.is_alive() for w in workers):
            self.release.set()


def new_workers(mp, before):
    """The children of this process (mp.active_children()) that are not in `before`: a new pool's workers."""
    return [p for p in mp.active_children() if p not in before]


@contextlib.contextmanager
def opened(factory, *args, hold=None, **kwargs):
    """factory(*args, **kwargs), yielded; on exit the pool is terminated and joined (bounded).

    With `hold`, its tasks are released first and the pool closed and joined, so that they finish: a thread
    pool's workers outlive terminate() and would wait on the hold forever. Releasing just before terminate()
    is not enough: a worker killed while it writes a result keeps the result queue's lock, and CPython's
    terminate() waits for it forever. Killed while it waits on a Hold, a worker holds nothing.
    """
    pool = factory(*args, **kwargs)
    try:
        yield pool
    finally:
        if hold is not None:
            hold.release.set()
            pool.close()
            within(pool.join)
        pool.terminate()
        within(pool.join)
