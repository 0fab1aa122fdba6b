"""concurrent.futures.wait() and as_completed() over a ProcessPoolExecutor's futures."""

from conformance.marks import spec
from conformance.spec.calls import Call, timed, times_out, within
from conformance.spec.executor import targets
from conformance.spec.gate import Gate, wait_at
from conformance.spec.support import TIMEOUT, WAIT

WAIT_DOC = "concurrent.futures.html#concurrent.futures.wait"
AS_COMPLETED_DOC = "concurrent.futures.html#concurrent.futures.as_completed"


def _released_by_completion(waiting, gate, what):
    """Open `gate`, holding the call that should release `waiting` (a blocked call); return what `waiting` returned."""
    waiting.assert_blocked()
    gate.open()
    return waiting.released_by(f"the release of {what}")


@spec("executor.wait.first_completed", WAIT_DOC, api=("futures.ProcessPoolExecutor", "futures.wait", "futures.FIRST_COMPLETED"))
def test_wait_first_completed_returns_when_any_finishes(mp):
    """wait(fs, return_when=FIRST_COMPLETED) returns (done, not_done) when any future finishes."""
    with mp.futures.ProcessPoolExecutor(max_workers=2) as ex, Gate() as gate, Gate() as quick_gate:
        held = ex.submit(wait_at, gate.address)
        quick = ex.submit(wait_at, quick_gate.address, 1)
        gate.arrivals(1)
        quick_gate.arrivals(1)
        waiting = Call(mp.futures.wait, [held, quick], WAIT, mp.futures.FIRST_COMPLETED)
        done, not_done = _released_by_completion(waiting, quick_gate, "one of the calls")
        assert (done, not_done) == ({quick}, {held}), (
            f"expected done={{quick}}, not_done={{held}}; got done={done}, not_done={not_done}")


@spec("executor.wait.timeout", WAIT_DOC, api=("futures.ProcessPoolExecutor", "futures.wait"))
def test_wait_returns_the_unfinished_futures_after_timeout(mp):
    """wait(fs, timeout) returns after timeout seconds; futures still running are in not_done."""
    with mp.futures.ProcessPoolExecutor(max_workers=2) as ex, Gate() as gate:
        held = ex.submit(wait_at, gate.address)
        quick = ex.submit(targets.identity, 1)
        gate.arrivals(1)
        quick.result(WAIT)
        value, error = timed(TIMEOUT, mp.futures.wait, [held, quick, quick], TIMEOUT)
        if error is not None:
            raise error
        done, not_done = value
        assert (done, not_done) == ({quick}, {held}), (
            f"expected done={{quick}} (once), not_done={{held}}; got done={done}, not_done={not_done}")


@spec("executor.wait.first_exception", WAIT_DOC,
      api=("futures.ProcessPoolExecutor", "futures.wait", "futures.FIRST_EXCEPTION"))
def test_wait_first_exception_returns_when_a_call_raises(mp):
    """wait(fs, return_when=FIRST_EXCEPTION) returns when any future finishes by raising."""
    with mp.futures.ProcessPoolExecutor(max_workers=2) as ex, Gate() as gate, Gate() as failing_gate:
        held = ex.submit(wait_at, gate.address)
        failing = ex.submit(targets.fail_at, failing_gate.address, "x")
        gate.arrivals(1)
        failing_gate.arrivals(1)
        waiting = Call(mp.futures.wait, [held, failing], WAIT, mp.futures.FIRST_EXCEPTION)
        done, not_done = _released_by_completion(waiting, failing_gate, "the call that raises")
        assert (done, not_done) == ({failing}, {held}), (
            f"expected done={{failing}}, not_done={{held}}; got done={done}, not_done={not_done}")


@spec("executor.wait.all_completed", WAIT_DOC, api=("futures.ProcessPoolExecutor", "futures.wait"))
def test_wait_all_completed_returns_when_all_finish(mp):
    """wait(fs) (ALL_COMPLETED, the default) returns when all futures finish; a raising one does not end it early."""
    with mp.futures.ProcessPoolExecutor(max_workers=2) as ex, Gate() as gate:
        held = ex.submit(wait_at, gate.address)
        gate.arrivals(1)
        failing = ex.submit(targets.fail, "x")
        failing.exception(WAIT)
        waiting = Call(mp.futures.wait, [held, failing], WAIT)
        done, not_done = _released_by_completion(waiting, gate, "the last call")
    assert (done, not_done) == ({held, failing}, set()), f"expected both done; got done={done}, not_done={not_done}"


@spec("executor.as_completed.order", AS_COMPLETED_DOC, api=("futures.ProcessPoolExecutor", "futures.as_completed"))
def test_as_completed_yields_finished_first_then_as_they_complete(mp):
    """as_completed(fs) yields futures that completed before the call first, then each as it completes, duplicates once."""
    with mp.futures.ProcessPoolExecutor(max_workers=2) as ex, Gate() as gate:
        held = ex.submit(wait_at, gate.address)
        gate.arrivals(1)
        quick = ex.submit(targets.identity, 1)
        quick.result(WAIT)
        iterator = mp.futures.as_completed([held, quick, held], timeout=WAIT)
        first = next(iterator)
        second = _released_by_completion(Call(next, iterator), gate, "the held call")
        rest = within(list, iterator)
    assert (first, second, rest) == (quick, held, []), f"expected quick, then held once; got {first!r}, {second!r}, then {rest!r}"


def _first_completed(as_completed, fs, timeout):
    """The first future that as_completed(fs, timeout) yields."""
    return next(as_completed(fs, timeout=timeout))


@spec("executor.as_completed.timeout", AS_COMPLETED_DOC,
      api=("futures.ProcessPoolExecutor", "futures.as_completed", "futures.TimeoutError"))
def test_as_completed_raises_timeout_error(mp):
    """as_completed's iterator raises TimeoutError if a future is not done timeout seconds after the call."""
    with mp.futures.ProcessPoolExecutor(max_workers=1) as ex, Gate() as gate:
        held = ex.submit(wait_at, gate.address)
        gate.arrivals(1)
        times_out(mp.futures.TimeoutError, f"next() of as_completed(timeout={TIMEOUT}) over a held call", _first_completed,
                  mp.futures.as_completed, [held], TIMEOUT)
