"""Pool(processes, initializer, initargs, maxtasksperchild, context): workers and their lifetime."""

import os

import pytest

from conformance.marks import spec
from conformance.spec.calls import raises, within
from conformance.spec.context import fresh
from conformance.spec.gate import Gate
from conformance.spec.pool import targets
from conformance.spec.pool.pools import FOUND, assert_runs_at_once, new_workers, opened
from conformance.spec.support import CHILD, WAIT

POOL = "multiprocessing.html#multiprocessing.pool.Pool"


@spec("pool.processes.default_cpu_count", POOL, python="<3.13", needs=CHILD)
def test_default_size_is_cpu_count(mp):
    """Pool(processes=None) starts os.cpu_count() worker processes."""
    with Gate() as gate, opened(mp.Pool, gate=gate) as pool:
        assert_runs_at_once(pool, gate, os.cpu_count() or 1)


@spec("pool.processes.default_process_cpu_count", POOL, python=">=3.13", needs=CHILD)
def test_default_size_is_process_cpu_count(mp):
    """Pool(processes=None) starts os.process_cpu_count() worker processes (3.13+)."""
    with Gate() as gate, opened(mp.Pool, gate=gate) as pool:
        assert_runs_at_once(pool, gate, os.process_cpu_count() or 1)


@spec("pool.initializer.every_worker", POOL, needs=CHILD)
def test_initializer_runs_in_every_worker(mp):
    """Each worker calls initializer(*initargs) when it starts."""
    with Gate() as gate, opened(mp.Pool, 2, targets.setup, ("token", 7, "last"), gate=gate) as pool:
        result = pool.map_async(targets.initialized, [gate.address] * 2, 1)
        gate.arrivals(2)  # both held at once: one task in each worker
        gate.open()
        results = result.get(WAIT)
    workers = {worker for worker, _ in results}
    assert len(workers) == 2, f"expected the two tasks to run in two different workers; they ran in {workers}"
    assert [args for _, args in results] == [("token", 7, "last")] * 2, (
        f"expected each worker to have called initializer('token', 7, 'last'); the tasks saw (worker, args) {results}"
    )


@spec("pool.maxtasksperchild.replaces_worker", POOL, requires=("processes",), needs=CHILD)
def test_worker_replaced_after_maxtasksperchild_tasks(mp):
    """A worker exits after maxtasksperchild tasks and a fresh worker process replaces it."""
    with opened(mp.Pool, 1, maxtasksperchild=2) as pool:
        pids = [pid for pid, _ in within(pool.map, targets.worker_id, range(6), 1)]
    runs = [pids[i:i + 2] for i in range(0, 6, 2)]
    assert all(a == b for a, b in runs) and len(set(pids)) == 3, (
        f"expected each of three workers to run two tasks in turn (pids a, a, b, b, c, c); the tasks ran in {pids}"
    )


@spec("pool.maxtasksperchild.default_none", POOL, requires=("processes",), needs=CHILD)
def test_workers_live_as_long_as_the_pool_by_default(mp):
    """With the default maxtasksperchild=None a worker is never replaced."""
    with opened(mp.Pool, 1) as pool:
        pids = {pid for pid, _ in within(pool.map, targets.worker_id, range(6), 1)}
    assert len(pids) == 1, f"expected one worker process to run all six tasks; they ran in pids {sorted(pids)}"


@pytest.mark.parametrize("maxtasksperchild", [0, -1, 1.5])
@spec("pool.maxtasksperchild.invalid", POOL, python=">=3.10", requires=("processes",))
def test_invalid_maxtasksperchild_raises_valueerror(mp, maxtasksperchild):
    """maxtasksperchild that is not a positive int (or None) raises ValueError."""
    def start_and_terminate():
        mp.Pool(1, maxtasksperchild=maxtasksperchild).terminate()

    raises(ValueError, start_and_terminate)


@spec("pool.context.starts_workers", POOL, requires=("processes",), api=("pool.Pool",), needs=CHILD + FOUND)
def test_workers_are_started_by_the_context(mp):
    """Pool(context=ctx) and ctx.Pool() start their workers with that context's Process."""
    for make in (lambda: mp.Pool(1), lambda: mp.pool.Pool(1, context=mp.get_context())):
        before = mp.active_children()
        with opened(make):
            workers = new_workers(mp, before)
        wrong = [w for w in workers if not isinstance(w, mp.Process)]
        assert workers and not wrong, f"expected the workers to be {mp.Process.__name__} instances; they are {workers}"


@spec("pool.context.none_sets_global_start_method", POOL, requires=("processes",),
      api=("pool.Pool", "get_start_method", "get_all_start_methods"), needs=CHILD)
def test_pool_without_a_context_fixes_the_global_start_method(mp):
    """With context None, creating a Pool sets the global start method if it has not been set already (3.14 docs)."""
    before, after, default = fresh.run(mp, """
        before = pkg.get_start_method(allow_none=True)
        pool_module = getattr(pkg, "pool", None) or importlib.import_module(pkg.__name__ + ".pool")
        pool = pool_module.Pool(1)
        after = pkg.get_start_method(allow_none=True)
        pool.terminate()
        pool.join()
        report([before, after, pkg.get_all_start_methods()[0]])
    """)
    assert before is None, f"expected no start method set in a fresh interpreter, got {before!r}"
    assert after == default, f"expected Pool(1) to fix the default start method {default!r}; get_start_method(allow_none=True) then gave {after!r}"
