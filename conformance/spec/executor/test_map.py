"""Executor.map(func, *iterables, timeout=None, chunksize=1, buffersize=None) on a ProcessPoolExecutor."""

import itertools

from conformance.marks import spec
from conformance.spec.calls import raises, times_out
from conformance.spec.executor import targets

from conformance.spec.gate import Gate, report_at, wait_at
from conformance.spec.support import BLOCKED, LATE, TIMEOUT, WAIT

DOC = "concurrent.futures.html#concurrent.futures.Executor.map"
BUFFER = 2  # the buffersize of the tests of buffersize
FAR = 100  # items of an infinite iterable that map(buffersize=BUFFER) has no reason to reach before a few results


def _numbers(taken, stop=None):
    """0, 1, 2, ... up to `stop` (without end if None), each appended to `taken` when map() takes it from the iterable.

    Taking FAR items fails the test: an executor that collects the iterable at once fails instead of filling memory.
    """
    for n in range(stop) if stop is not None else itertools.count():
        if n == FAR:
            raise AssertionError(f"expected map(buffersize={BUFFER}) to take a few items of an infinite iterable; it took {FAR}")
        taken.append(n)
        yield n


@spec("executor.map.order", DOC, api=("futures.ProcessPoolExecutor",))
def test_map_yields_results_in_the_order_of_the_iterables(mp):
    """map(func, *iterables) yields func's results in the order of the arguments, like map()."""
    with mp.futures.ProcessPoolExecutor(max_workers=2) as ex:
        results = list(ex.map(pow, [2, 3, 4, 5], [5, 4, 3, 2], timeout=WAIT))
    assert results == [32, 81, 64, 25], f"expected [32, 81, 64, 25] in order; got {results}"


@spec("executor.map.collects_immediately", DOC, api=("futures.ProcessPoolExecutor",))
def test_map_collects_the_iterables_immediately(mp):
    """Without buffersize, the iterables are collected immediately rather than lazily: map() consumes them before returning."""
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


@spec("executor.map.buffersize_lazy", DOC, python=">=3.14", api=("futures.ProcessPoolExecutor",))
def test_map_with_buffersize_collects_the_iterables_lazily(mp):
    """With buffersize, the iterables are collected lazily: at most buffersize submitted calls have results not yet yielded."""
    taken, counts, values = [], [], []
    with mp.futures.ProcessPoolExecutor(max_workers=BUFFER) as ex:
        results = ex.map(targets.identity, _numbers(taken, 6), timeout=WAIT, buffersize=BUFFER)
        counts.append(len(taken))
        for value in results:
            values.append(value)
            counts.append(len(taken))
    over = [(k, n) for k, n in enumerate(counts) if n > BUFFER + k]
    assert not over, (f"expected map() to have taken at most buffersize ({BUFFER}) + k items of the iterable once k"
                      f" results were yielded; (k, items taken): {list(enumerate(counts))}")
    assert values == list(range(6)), f"expected the results [0, ..., 5] in order; got {values}"


@spec("executor.map.buffersize_pauses", DOC, python=">=3.14", api=("futures.ProcessPoolExecutor",))
def test_map_with_buffersize_pauses_an_infinite_iterable_until_a_result_is_yielded(mp):
    """If the buffer is full, iteration over the iterables pauses until a result is yielded: an infinite iterable works."""
    taken = []
    with mp.futures.ProcessPoolExecutor(max_workers=BUFFER + 1) as ex, Gate() as gate:
        results = ex.map(report_at, itertools.repeat(gate.address), _numbers(taken), timeout=WAIT, buffersize=BUFFER)
        submitted = len(taken)
        gate.arrivals(submitted)  # the calls taken so far have run: their results fill the buffer
        idle = gate.nobody_else_arrives(BLOCKED)
        paused = len(taken)
        values = [next(results) for _ in range(5)]
    assert submitted <= BUFFER and idle and paused == submitted, (
        f"expected map() to take at most buffersize ({BUFFER}) items and no more until a result was yielded; it took"
        f" {submitted}, then {paused} while those calls were done and no result yielded"
        f"{'' if idle else ', and a further call ran'}")
    assert values == list(range(5)) and len(taken) <= BUFFER + 5, (
        f"expected the results [0, ..., 4] with at most {BUFFER + 5} items taken; got {values}, {len(taken)} taken")


@spec("executor.map.exception_on_retrieval", DOC, api=("futures.ProcessPoolExecutor",))
def test_exception_of_a_call_is_raised_when_its_value_is_retrieved(mp):
    """If a call raises, the exception is raised when its value is retrieved from the iterator."""
    with mp.futures.ProcessPoolExecutor(max_workers=1) as ex:
        results = ex.map(targets.fail_on, [1, 2, 3], timeout=WAIT)
        first = next(results)
        error = raises(KeyError, next, results)
    assert error.args == ("2",), f"expected the failing call's KeyError('2'); got {error!r}"
    assert first == 1, f"expected the value before the failing call, 1; got {first!r}"


def _first_result(map_, fn, items, timeout):
    """The first result that map_(fn, items, timeout=timeout) yields."""
    return next(map_(fn, items, timeout=timeout))


@spec("executor.map.timeout", DOC, api=("futures.ProcessPoolExecutor", "futures.TimeoutError"))
def test_next_raises_timeout_error_when_a_result_is_late(mp):
    """The iterator raises TimeoutError if a result is not available timeout seconds after the map() call."""
    with mp.futures.ProcessPoolExecutor(max_workers=1) as ex, Gate() as gate:
        times_out(mp.futures.TimeoutError, f"next() of map(timeout={TIMEOUT}) over a held call", _first_result, ex.map, wait_at,
                  [gate.address], TIMEOUT)
        gate.arrivals(1)


@spec("executor.map.chunksize", DOC, api=("futures.ProcessPoolExecutor",))
def test_chunksize_submits_chunks_as_single_tasks(mp):
    """ProcessPoolExecutor.map chops the iterables into chunks of about chunksize items, each submitted as one task."""
    with mp.futures.ProcessPoolExecutor(max_workers=2) as ex:
        with Gate() as gate:
            results = ex.map(wait_at, [gate.address] * 3, [1, 2, 3], chunksize=3, timeout=WAIT)
            gate.arrivals(1)
            # The other worker takes the next task: this call, unless a call of the chunk was a task of its own.
            after = ex.submit(report_at, gate.address, "after")
            gate.arrivals(1)
            alone = after in mp.futures.wait([after], timeout=LATE).done
        values = list(results)
    assert alone, ("expected the 3 calls of one chunk to run one after another in one worker, and a call submitted"
                   " next to run in the other; a second call of the chunk ran there, at the same time as the first")
    assert values == [1, 2, 3], f"expected [1, 2, 3]; got {values}"


@spec("executor.map.after_shutdown", "concurrent.futures.html#concurrent.futures.Executor.shutdown",
      api=("futures.ProcessPoolExecutor",))
def test_map_after_shutdown_raises_runtime_error(mp):
    """Calls to Executor.map made after shutdown raise RuntimeError."""
    ex = mp.futures.ProcessPoolExecutor(max_workers=1)
    ex.shutdown(wait=True)

    def mapped():
        return list(ex.map(targets.identity, [1]))

    raises(RuntimeError, mapped)
