"""multiprocessing.pool.ThreadPool: the Pool interface over worker threads."""

import os
import threading

import pytest

from conformance.marks import spec
from conformance.spec.calls import raises, within
from conformance.spec.gate import Gate
from conformance.spec.pool import targets
from conformance.spec.pool.pools import assert_runs_at_once, opened
from conformance.spec.support import WAIT

THREAD_POOL = "multiprocessing.html#multiprocessing.pool.ThreadPool"


@spec("pool.threadpool.interface", THREAD_POOL, api=("pool.ThreadPool", "pool.Pool"))
def test_threadpool_is_a_pool_running_tasks_in_threads(mp):
    """ThreadPool is a Pool subclass with the same methods, whose workers are threads of this process."""
    with opened(mp.pool.ThreadPool, 2) as pool:
        assert isinstance(pool, mp.pool.Pool), f"expected a ThreadPool to be a Pool instance; its type is {type(pool)}"
        pid, thread = within(pool.apply, targets.worker_id)
        results = (
            within(pool.map, targets.square, range(4)),
            within(list, pool.imap(targets.square, range(4))),
            sorted(within(list, pool.imap_unordered(targets.square, range(4)))),
            within(pool.starmap, targets.add, [(1, 2), (3, 4)]),
            pool.apply_async(targets.square, (3,)).get(WAIT),
        )
    assert pid == os.getpid() and thread != threading.get_ident(), (
        f"expected the task to run in another thread of this process (pid {os.getpid()}); it ran in pid {pid}, thread {thread}"
    )
    expected = ([0, 1, 4, 9], [0, 1, 4, 9], [0, 1, 4, 9], [3, 7], 9)
    assert results == expected, f"expected map, imap, imap_unordered, starmap, apply_async to give {expected}; got {results}"


@pytest.mark.parametrize("stop", ["with", "close", "terminate"])
@spec("pool.threadpool.manage", THREAD_POOL, api=("pool.ThreadPool",))
def test_threadpool_threads_end_when_the_pool_is_stopped_and_joined(mp, stop):
    """A ThreadPool is a context manager, and with close() or terminate() then join() its threads end."""
    before = set(threading.enumerate())
    pool = mp.pool.ThreadPool(2)
    with opened(lambda: pool):
        if stop == "with":
            with pool as entered:
                assert entered is pool, f"expected __enter__ to return the pool; it returned {entered!r}"
        else:
            getattr(pool, stop)()
        raises(ValueError, pool.apply_async, targets.square, (1,))
        within(pool.join)
        alive = [t for t in threading.enumerate() if t not in before]
    assert not alive, f"expected the pool's threads to end after {stop} and join(); these still run: {alive}"


@spec("pool.threadpool.processes_default", THREAD_POOL, api=("pool.ThreadPool",))
def test_threadpool_default_size_is_the_cpu_count(mp):
    """ThreadPool(processes=None) starts os.cpu_count() threads (os.process_cpu_count() from 3.13)."""
    expected = (getattr(os, "process_cpu_count", None) or os.cpu_count)() or 1
    with Gate() as gate, opened(mp.pool.ThreadPool, None, gate=gate) as pool:
        assert_runs_at_once(pool, gate, expected)


@spec("pool.threadpool.initializer", THREAD_POOL, api=("pool.ThreadPool",))
def test_threadpool_initializer_runs_in_every_thread(mp):
    """Each worker thread of a ThreadPool calls initializer(*initargs) when it starts."""
    with Gate() as gate, opened(mp.pool.ThreadPool, 2, targets.setup, ("token", 7, "last"), gate=gate) as pool:
        result = pool.map_async(targets.initialized, [gate.address] * 2, 1)
        gate.arrivals(2)  # both held at once: one task in each thread
        gate.open()
        results = result.get(WAIT)
    workers = {worker for worker, _ in results}
    assert len(workers) == 2, f"expected the two tasks to run in two different threads; they ran in {workers}"
    assert [args for _, args in results] == [("token", 7, "last")] * 2, (
        f"expected each thread to have called initializer('token', 7, 'last'); the tasks saw (worker, args) {results}"
    )


@pytest.mark.parametrize("argument", ["maxtasksperchild", "context"])
@spec("pool.threadpool.no_maxtasks_context", THREAD_POOL, api=("pool.ThreadPool",))
def test_threadpool_rejects_maxtasksperchild_and_context(mp, argument):
    """ThreadPool does not take maxtasksperchild or context: passing one raises TypeError."""
    value = {"maxtasksperchild": 1, "context": mp.get_context()}[argument]
    thread_pool = mp.pool.ThreadPool

    def construct():
        with opened(thread_pool, 1, **{argument: value}):
            pass

    raises(TypeError, construct)


@spec("pool.threadpool.asyncresult", THREAD_POOL, api=("pool.ThreadPool", "pool.AsyncResult"))
def test_threadpool_async_methods_return_asyncresult(mp):
    """ThreadPool's apply_async and map_async return AsyncResult objects."""
    with opened(mp.pool.ThreadPool, 1) as pool:
        results = [pool.apply_async(targets.square, (2,)), pool.map_async(targets.square, [2])]
    wrong = [r for r in results if not isinstance(r, mp.pool.AsyncResult)]
    assert not wrong, f"expected AsyncResult instances; got {wrong}"
