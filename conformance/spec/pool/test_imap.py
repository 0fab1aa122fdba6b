"""Pool.imap and Pool.imap_unordered: lazy iterators, their order, chunksize and next(timeout)."""

import functools

import pytest

from conformance.marks import spec
from conformance.spec.calls import raises, times_out, within
from conformance.spec.gate import Gate, wait_at
from conformance.spec.pool import targets
from conformance.spec.pool.pools import opened
from conformance.spec.support import CHILD, TIMEOUT, WAIT

IMAP = "multiprocessing.html#multiprocessing.pool.Pool.imap"
IMAP_UNORDERED = "multiprocessing.html#multiprocessing.pool.Pool.imap_unordered"


@spec("pool.imap.lazy_ordered", IMAP, needs=CHILD)
def test_imap_yields_in_input_order(mp):
    """imap() yields results in input order, even when later items finish first."""
    with Gate() as gate, opened(mp.Pool, 2, gate=gate) as pool:
        it = pool.imap(functools.partial(targets.held_if_zero, gate.address), range(4))
        gate.arrivals(1)
        # The free worker runs items 1..3 and then this task: once it is done, their results are in.
        assert pool.apply_async(targets.square, (2,)).get(WAIT) == 4, "expected the free worker to run a task"
        gate.open()
        results = [it.next(timeout=WAIT) for _ in range(4)]
    assert results == [0, 1, 2, 3], f"expected imap to yield 0, 1, 2, 3 although 0 finished last; it yielded {results}"


@spec("pool.imap.next_timeout", IMAP, api=("TimeoutError",), needs=CHILD)
def test_imap_next_timeout_raises_timeouterror(mp):
    """With chunksize 1, next(timeout) of the imap iterator raises TimeoutError if no result arrives in time."""
    with Gate() as gate, opened(mp.Pool, 1, gate=gate) as pool:
        it = pool.imap(functools.partial(wait_at, gate.address), ["result"])
        gate.arrivals(1)
        times_out(mp.TimeoutError, f"next(timeout={TIMEOUT}) of imap() for a task still held", it.next, TIMEOUT)
        gate.open()
        assert it.next(timeout=WAIT) == "result", "expected next() to return the result once the task was released"


@spec("pool.imap.chunksize_default", IMAP, requires=("processes",), needs=CHILD)
def test_imap_default_chunksize_is_one(mp):
    """imap() sends each item as its own task by default (chunksize 1)."""
    with opened(mp.Pool, 1, maxtasksperchild=1) as pool:
        pids = [pid for pid, _ in within(list, pool.imap(targets.worker_id, range(3)))]
    assert len(set(pids)) == 3, f"expected three one-item tasks, each in a fresh worker (maxtasksperchild=1); the items ran in pids {pids}"


@pytest.mark.parametrize("method", ["imap", "imap_unordered"])
@spec("pool.imap.chunksize_invalid", IMAP, needs=CHILD)
def test_imap_chunksize_below_one_raises_valueerror(mp, method):
    """imap() and imap_unordered() with chunksize < 1 raise ValueError."""
    with opened(mp.Pool, 1) as pool:
        def mapped():
            return list(getattr(pool, method)(targets.square, [1], 0))

        raises(ValueError, mapped)


@spec("pool.imap.example_next", "multiprocessing.html#process-pools", needs=CHILD)
def test_imap_example(mp):
    """next(it) on it = imap(f, range(10)) yields 0, then 1, and it.next(timeout) yields 4 (f(x) = x*x)."""
    with opened(mp.Pool, 4) as pool:
        it = pool.imap(targets.square, range(10))
        results = [within(next, it), within(next, it), it.next(timeout=WAIT)]
    assert results == [0, 1, 4], f"expected 0, 1, 4; got {results}"


@spec("pool.imap_unordered.arbitrary_order", IMAP_UNORDERED, needs=CHILD)
def test_imap_unordered_yields_every_result_in_order_with_one_worker(mp):
    """imap_unordered() yields every result; with a single worker, in input order."""
    with opened(mp.Pool, 1) as pool:
        single = within(list, pool.imap_unordered(targets.square, range(10)))
    with opened(mp.Pool, 2) as pool:
        several = within(list, pool.imap_unordered(targets.square, range(10), 2))
    squares = [x * x for x in range(10)]
    assert single == squares, f"expected one worker to yield the squares of 0..9 in order; it yielded {single}"
    assert sorted(several) == squares, f"expected two workers to yield the squares of 0..9 in some order; they yielded {several}"
