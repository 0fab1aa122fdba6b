"""Pool.map and Pool.map_async: results in input order, chunks, callbacks."""

import functools
import os
import threading

from conformance.marks import spec
from conformance.spec.calls import Call, raises, within
from conformance.spec.gate import Gate, wait_at
from conformance.spec.pool import targets
from conformance.spec.pool.pools import at_once, opened
from conformance.spec.support import CHILD, WAIT

MAP = "multiprocessing.html#multiprocessing.pool.Pool.map"
MAP_ASYNC = "multiprocessing.html#multiprocessing.pool.Pool.map_async"


@spec("pool.map.parallel_map", MAP, needs=CHILD)
def test_map_returns_results_in_input_order(mp):
    """map(func, iterable) returns the list [func(x) for x in iterable], in input order."""
    with opened(mp.Pool, 2) as pool:
        result = within(pool.map, targets.square, iter(range(20)))
    assert result == [x * x for x in range(20)], f"expected the squares of 0..19 in order; got {result}"


@spec("pool.map.example", "multiprocessing.html#introduction", needs=CHILD)
def test_map_example(mp):
    """Pool(5).map(f, [1, 2, 3]) with f(x) = x*x returns [1, 4, 9]."""
    with opened(mp.Pool, 5) as pool:
        result = within(pool.map, targets.square, [1, 2, 3])
    assert result == [1, 4, 9], f"expected [1, 4, 9]; got {result}"


@spec("pool.map.blocks", MAP, needs=CHILD)
def test_map_blocks_until_all_results_are_ready(mp):
    """map() blocks until every result is ready."""
    with Gate() as gate, opened(mp.Pool, 2, gate=gate) as pool:
        call = Call(pool.map, functools.partial(wait_at, gate.address), [1, 2, 3])
        gate.arrivals(1)
        call.assert_blocked("map() while its tasks are held in the workers")
        gate.open()
        assert call.released_by("the tasks' release") == [1, 2, 3], "expected map() to return the results once the tasks were released"


@spec("pool.map.chunks", MAP, requires=("processes",), needs=CHILD)
def test_map_submits_chunks_of_chunksize_as_tasks(mp):
    """map() submits the iterable in chunks of chunksize items, each chunk one task run by one worker."""
    with opened(mp.Pool, 1, maxtasksperchild=1) as pool:
        pids = [pid for pid, _ in within(pool.map, targets.worker_id, range(6), 3)]
    assert pids[0] == pids[1] == pids[2] != pids[3] == pids[4] == pids[5], (
        "expected two tasks of three items each, each task in a fresh worker (maxtasksperchild=1);"
        f" the items ran in pids {pids}"
    )


@spec("pool.map.reraises", MAP, needs=CHILD)
def test_map_reraises_an_item_exception(mp):
    """If func raises for an item, map() raises that exception."""
    with opened(mp.Pool, 2) as pool:
        raised = raises(ValueError, pool.map, targets.checked, range(6), 1)
    assert raised.args == ("item 3",), f"expected ValueError('item 3'); got {raised!r}"


@spec("pool.map_async.returns_asyncresult", MAP_ASYNC, needs=CHILD)
def test_map_async_returns_before_the_tasks_complete(mp):
    """map_async() returns a result object at once; its get() returns the list of results."""
    with Gate() as gate, opened(mp.Pool, 2, gate=gate) as pool:
        result = at_once(pool.map_async, functools.partial(wait_at, gate.address), [1, 2, 3])
        gate.arrivals(1)
        assert not result.ready(), "expected the result of held tasks not to be ready"
        gate.open()
        assert result.get(WAIT) == [1, 2, 3], "expected get() to return the list of results in order"


@spec("pool.map_async.callback", MAP_ASYNC, needs=CHILD)
def test_map_async_callback_gets_the_list(mp):
    """map_async's callback is called in the calling process with the list of results."""
    calls, done = [], threading.Event()

    def record(which):
        return lambda value: (calls.append((which, value, os.getpid())), done.set())

    # Item 0 finishes last: it is held until two other items have run (with 2 workers, two always can).
    with Gate() as hold, Gate() as report, opened(mp.Pool, 2, gate=hold) as pool:
        square = functools.partial(targets.square_zero_last, hold.address, report.address)
        submit = Call(functools.partial(pool.map_async, square, range(4), chunksize=1, callback=record("callback"),
                                        error_callback=record("error_callback")))
        hold.arrivals(1)
        report.arrivals(2)
        hold.open()
        submit.result()
        assert done.wait(WAIT), f"expected a callback within {WAIT:g} s; none was called"
    assert calls == [("callback", [0, 1, 4, 9], os.getpid())], (
        f"expected callback([0, 1, 4, 9]) once, in this process (pid {os.getpid()}), the results in input order"
        f" although item 0 finished last; got (which, argument, pid) {calls}"
    )


@spec("pool.map_async.error_callback", MAP_ASYNC, needs=CHILD)
def test_map_async_error_callback_gets_the_exception(mp):
    """If func raises for an item, map_async's error_callback is called with the exception, and callback is not."""
    calls, done = [], threading.Event()

    def record(which):
        return lambda value: (calls.append((which, value)), done.set())

    with opened(mp.Pool, 2) as pool:
        pool.map_async(targets.checked, range(6), callback=record("callback"), error_callback=record("error_callback"))
        assert done.wait(WAIT), f"expected a callback within {WAIT:g} s; none was called"
    got = [(which, type(value), getattr(value, "args", None)) for which, value in calls]
    assert got == [("error_callback", ValueError, ("item 3",))], f"expected error_callback(ValueError('item 3')) once; got {calls}"
