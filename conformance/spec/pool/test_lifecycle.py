"""Pool.close, terminate and join, and the pool as a context manager."""

import functools
import gc
import threading
import warnings
import weakref

import pytest

from conformance.marks import spec
from conformance.spec import calls
from conformance.spec.calls import Call, within
from conformance.spec.gate import Gate, wait_at
from conformance.spec.pool import targets
from conformance.spec.pool.pools import FOUND, new_workers, opened
from conformance.spec.support import CHILD, LATE, WAIT

POOL = "multiprocessing.html#multiprocessing.pool.Pool"
CLOSE = "multiprocessing.html#multiprocessing.pool.Pool.close"
TERMINATE = "multiprocessing.html#multiprocessing.pool.Pool.terminate"
JOIN = "multiprocessing.html#multiprocessing.pool.Pool.join"


def _assert_exited(workers, why, bound=WAIT):
    """Assert that the pool's `workers` exit `why`, within `bound` seconds."""
    for w in workers:
        w.join(bound)
    alive = [w for w in workers if w.is_alive()]
    assert workers and not alive, f"expected the pool's workers {workers} to exit {why}; {alive} still ran {bound:g} s later"


@spec("pool.close.no_new_tasks", CLOSE, needs=CHILD + FOUND)
def test_close_lets_queued_tasks_complete_then_workers_exit(mp):
    """After close() the tasks already submitted still complete, and then the workers exit."""
    before = mp.active_children()
    with Gate() as gate, opened(mp.Pool, 1, gate=gate) as pool:
        workers = new_workers(mp, before)
        result = pool.map_async(functools.partial(wait_at, gate.address), [1, 2, 3], 1)
        gate.arrivals(1)
        pool.close()
        gate.open()
        completed = Call(result.get).released_by("the release of the task held")
        assert completed == [1, 2, 3], f"expected the tasks submitted before close() to complete, [1, 2, 3]; got {completed}"
        _assert_exited(workers, "once the tasks submitted before close() were done", LATE)


SUBMIT = {
    "apply_async": lambda pool: pool.apply_async(targets.square, (1,)),
    "map_async": lambda pool: pool.map_async(targets.square, [1]),
    "starmap_async": lambda pool: pool.starmap_async(targets.add, [(1, 2)]),
    "imap": lambda pool: pool.imap(targets.square, [1]),
    "imap_unordered": lambda pool: pool.imap_unordered(targets.square, [1]),
    "apply": lambda pool: pool.apply(targets.square, (1,)),
    "map": lambda pool: pool.map(targets.square, [1]),
    "starmap": lambda pool: pool.starmap(targets.add, [(1, 2)]),
}


@pytest.mark.parametrize("stop", ["close", "terminate"])
@spec("pool.close.submit_after_raises", CLOSE, needs=CHILD)
def test_submitting_to_a_stopped_pool_raises_valueerror(mp, stop):
    """Submitting a task after close() or terminate() raises ValueError."""
    with opened(mp.Pool, 1) as pool:
        getattr(pool, stop)()
        for name, submit in SUBMIT.items():
            try:
                calls.raises(ValueError, submit, pool)
            except AssertionError as e:
                raise AssertionError(f"{name}() after {stop}(): {e}") from None


@spec("pool.terminate.immediate", TERMINATE, requires=("processes",), needs=CHILD + FOUND)
def test_terminate_stops_workers_without_completing_outstanding_work(mp):
    """terminate() stops the workers at once: running and queued tasks are not completed."""
    before = mp.active_children()
    with Gate() as gate, opened(mp.Pool, 1, gate=gate) as pool:
        workers = new_workers(mp, before)
        running = pool.apply_async(wait_at, (gate.address, 1))
        queued = pool.apply_async(targets.square, (2,))
        gate.arrivals(1)
        Call(pool.terminate).value(LATE, f"expected terminate() to stop the workers at once, returning within {LATE:g} s")
        within(pool.join)
        _assert_exited(workers, "on terminate()", LATE)
        assert not running.ready() and not queued.ready(), (
            f"expected the running and the queued task not to complete; ready: {running.ready()}, {queued.ready()}"
        )


@spec("pool.terminate.on_gc", TERMINATE, requires=("refcounting",), needs=CHILD + FOUND)
def test_garbage_collected_pool_is_terminated(mp):
    """When the pool object is garbage collected, terminate() is called: its workers exit."""
    before = mp.active_children()
    pool = mp.Pool(1)
    workers = new_workers(mp, before)
    ref = weakref.ref(pool)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        del pool
        gc.collect()
    leftover = ref()
    if leftover is not None:
        leftover.terminate()
        within(leftover.join)
    assert leftover is None, "expected the pool object to be garbage collected once unreferenced; it was not"
    _assert_exited(workers, "once the pool was garbage collected")


@spec("pool.join.waits", JOIN, needs=CHILD + FOUND)
def test_join_waits_for_the_workers_to_exit(mp):
    """join() waits until the workers have exited."""
    before = mp.active_children()
    with Gate() as gate, opened(mp.Pool, 1, gate=gate) as pool:
        workers = new_workers(mp, before)
        pool.apply_async(wait_at, (gate.address,))
        gate.arrivals(1)
        pool.close()
        call = Call(pool.join)
        call.assert_blocked("join() of a closed pool whose worker still runs a task")
        gate.open()
        call.released_by("the release of the last task")
        alive = [w for w in workers if w.is_alive()]
        assert not alive, f"expected join() to return only once the workers had exited; {alive} still run"


@spec("pool.join.requires_close", JOIN, needs=CHILD)
def test_join_of_a_running_pool_raises_valueerror(mp):
    """join() before close() or terminate() raises ValueError."""
    with opened(mp.Pool, 1) as pool:
        calls.raises(ValueError, pool.join)


@spec("pool.context_manager.terminates", POOL, requires=("processes",), needs=CHILD + FOUND)
def test_with_block_returns_the_pool_and_terminates_it(mp):
    """`with pool as p` binds p to the pool, and leaving the block calls terminate(), not close() and join()."""
    before = mp.active_children()
    pool = mp.Pool(1)
    workers = new_workers(mp, before)

    def use(gate, leaving):
        with pool as entered:
            running = pool.apply_async(wait_at, (gate.address, 1))
            gate.arrivals(1)
            leaving.set()
        return entered, running

    with Gate() as gate, opened(lambda: pool, gate=gate):
        leaving = threading.Event()
        call = Call(use, gate, leaving)
        if not leaving.wait(WAIT):
            call.result()  # raises what kept the block from reaching its end
        entered, running = call.value(LATE, f"expected leaving the with block to stop the workers at once, within {LATE:g} s")
        assert entered is pool, f"expected __enter__ to return the pool {pool!r}; it returned {entered!r}"
        _assert_exited(workers, "when the with block was left", LATE)
        assert not running.ready(), "expected leaving the with block to stop the running task, not wait for it"
