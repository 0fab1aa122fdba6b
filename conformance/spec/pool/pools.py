"""Pools a test always tears down, their workers, and how many tasks they run at once."""

import contextlib

from conformance.spec.calls import Call, within
from conformance.spec.gate import wait_at
from conformance.spec.support import BLOCKED, LATE

# What a test that finds a pool's workers with new_workers() cannot do without, besides CHILD.
FOUND = ("process.active_children.returns",)


def at_once(submit, *args):
    """What submit(*args) returned (apply_async, map_async: the pool's tasks held at a gate), bounded by LATE:
    a submission that waited for its tasks would otherwise hold the test until its deadline."""
    return Call(submit, *args).value(LATE, f"expected {submit.__name__}() to return at once, within {LATE:g} s, while"
                                           " its tasks are held")


def new_workers(mp, before):
    """The children of this process (mp.active_children()) that are not in `before`: a new pool's workers."""
    return [p for p in mp.active_children() if p not in before]


def assert_runs_at_once(pool, gate, expected):
    """Assert that `pool` runs exactly `expected` tasks at once, held at `gate` (not yet opened): it has that many workers."""
    for i in range(expected + 1):
        pool.apply_async(wait_at, (gate.address, i))
    try:
        gate.arrivals(expected)
    except AssertionError as e:
        raise AssertionError(f"expected {expected} workers, each running a held task at once: {e}") from None
    assert gate.nobody_else_arrives(BLOCKED), (
        f"expected {expected} workers; one more task started while {expected} were held"
    )


@contextlib.contextmanager
def opened(factory, *args, gate=None, **kwargs):
    """factory(*args, **kwargs), yielded; on exit the pool is terminated and joined (bounded).

    With `gate` (a conformance.spec.gate.Gate), the gate is opened first and the pool closed and joined, so
    that its held tasks finish: a thread pool's workers outlive terminate() and would wait at the gate.
    Opening just before terminate() is not enough: a worker killed while it writes a result keeps the result
    queue's lock, and CPython's terminate() waits for it forever. Killed while it waits at a gate, a worker
    holds nothing.
    """
    pool = factory(*args, **kwargs)
    try:
        yield pool
    finally:
        if gate is not None:
            gate.open()
            pool.close()
            within(pool.join)
        pool.terminate()
        within(pool.join)
