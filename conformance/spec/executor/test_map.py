"""Executor.map(func, *iterables, timeout=None, chunksize=1) on a ProcessPoolExecutor."""

import pytest

from conformance.marks import spec
from conformance.spec.executor import targets
from conformance.spec.gate import Gate, wait_at
from conformance.spec.support import BLOCKED, WAIT

DOC = "concurrent.futures.html#concurrent.futures.Executor.map"


@spec("executor.map.order", DOC, api=("futures.ProcessPoolExecutor",))
def test_map_yields_results_in_the_order_of_the_iterables(mp):
    """map(func, *iterables) yields func's results in the order of the arguments, like map()."""
    with mp.futures.ProcessPoolExecutor(max_workers=2) as ex:
        results = list(ex.map(pow, [2, 3, 4, 5], [5, 4, 3, 2], timeout=WAIT))
    assert results == [32, 81, 64, 25], f"expected [32, 81, 64, 25] in order; got {results}"


@spec("executor.map.collects_immediately", DOC, api=("futures.ProcessPoolExecutor",))
def test_map_collects_the_iterables_immediately(mp):
    """The iterables are collected immediately rather than lazily: map() consumes them before returning."""
    consumed = []

    def numbers():
        for n in range(5):
            consumed.append(n)
            yield n

    with mp.futures.ProcessPoolExecutor(max_workers=1) as ex:
        results = ex.map(targets.identity, numbers(), timeout=WAIT)
        seen = list(consumed)
        list(results)
    assert seen == [0, 1, 2, 3, 4], f"expected map() to consume the whole iterable at once; it had consumed {seen}"


@spec("executor.map.exception_on_retrieval", DOC, api=("futures.ProcessPoolExecutor",))
def test_exception_of_a_call_is_raised_when_its_value_is_retrieved(mp):
    """If a call raises, the exception is raised when its value is retrieved from the iterator."""
    with mp.futures.ProcessPoolExecutor(max_workers=1) as ex:
        results = ex.map(targets.fail_on, [1, 2, 3], timeout=WAIT)
        first = next(results)
        with pytest.raises(KeyError, match="2"):
            next(results)
    assert first == 1, f"expected the value before the failing call, 1; got {first!r}"


@spec("executor.map.timeout", DOC, api=("futures.ProcessPoolExecutor", "futures.TimeoutError"))
def test_next_raises_timeout_error_when_a_result_is_late(mp):
    """The iterator raises TimeoutError if a result is not available timeout seconds after the map() call."""
    with mp.futures.ProcessPoolExecutor(max_workers=1) as ex, Gate() as gate:
        results = ex.map(wait_at, [gate.address], timeout=BLOCKED)
        gate.arrivals(1)
        with pytest.raises(mp.futures.TimeoutError):
            next(results)


@spec("executor.map.chunksize", DOC, api=("futures.ProcessPoolExecutor",))
def test_chunksize_submits_chunks_as_single_tasks(mp):
    """ProcessPoolExecutor.map chops the iterables into chunks of about chunksize items, each submitted as one task."""
    with mp.futures.ProcessPoolExecutor(max_workers=2) as ex:
        with Gate() as gate:
            results = ex.map(wait_at, [gate.address] * 3, [1, 2, 3], chunksize=3, timeout=WAIT)
            gate.arrivals(1)
            alone = gate.nobody_else_arrives(BLOCKED)
        values = list(results)
    assert alone, "expected the 3 calls of one chunk to run one after another in one worker; two ran at once"
    assert values == [1, 2, 3], f"expected [1, 2, 3]; got {values}"


@spec("executor.map.after_shutdown", "concurrent.futures.html#concurrent.futures.Executor.shutdown",
      api=("futures.ProcessPoolExecutor",))
def test_map_after_shutdown_raises_runtime_error(mp):
    """Calls to Executor.map made after shutdown raise RuntimeError."""
    ex = mp.futures.ProcessPoolExecutor(max_workers=1)
    ex.shutdown(wait=True)
    with pytest.raises(RuntimeError):
        list(ex.map(targets.identity, [1]))
