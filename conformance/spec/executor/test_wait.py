"""concurrent.futures.wait() and as_completed() over a ProcessPoolExecutor's futures."""

import time

import pytest

from conformance.marks import spec
from conformance.spec.calls import Call
from conformance.spec.executor import targets
from conformance.spec.gate import Gate, wait_at
from conformance.spec.support import BLOCKED, WAIT

WAIT_DOC = "concurrent.futures.html#concurrent.futures.wait"
AS_COMPLETED_DOC = "concurrent.futures.html#concurrent.futures.as_completed"


@spec("executor.wait.first_completed", WAIT_DOC, api=("futures.ProcessPoolExecutor", "futures.wait", "futures.FIRST_COMPLETED"))
def test_wait_first_completed_returns_when_any_finishes(mp):
    """wait(fs, return_when=FIRST_COMPLETED) returns (done, not_done) when any future finishes."""
    with mp.futures.ProcessPoolExecutor(max_workers=2) as ex, Gate() as gate:
        held = ex.submit(wait_at, gate.address)
        gate.arrivals(1)
        quick = ex.submit(targets.identity, 1)
        start = time.monotonic()
        done, not_done = mp.futures.wait([held, quick], timeout=WAIT, return_when=mp.futures.FIRST_COMPLETED)
        waited = time.monotonic() - start
        assert waited < WAIT, f"expected wait() to return when the quick call finished; it waited for its timeout ({waited:.1f} s)"
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
        done, not_done = mp.futures.wait([held, quick, quick], timeout=BLOCKED)
        assert (done, not_done) == ({quick}, {held}), (
            f"expected done={{quick}} (once), not_done={{held}}; got done={done}, not_done={not_done}")


@spec("executor.wait.first_exception", WAIT_DOC,
      api=("futures.ProcessPoolExecutor", "futures.wait", "futures.FIRST_EXCEPTION"))
def test_wait_first_exception_returns_when_a_call_raises(mp):
    """wait(fs, return_when=FIRST_EXCEPTION) returns when any future finishes by raising."""
    with mp.futures.ProcessPoolExecutor(max_workers=2) as ex, Gate() as gate:
        held = ex.submit(wait_at, gate.address)
        gate.arrivals(1)
        failing = ex.submit(targets.fail, "x")
        start = time.monotonic()
        done, not_done = mp.futures.wait([held, failing], timeout=WAIT, return_when=mp.futures.FIRST_EXCEPTION)
        waited = time.monotonic() - start
        assert waited < WAIT, f"expected wait() to return when the call raised; it waited for its timeout ({waited:.1f} s)"
        assert (done, not_done) == ({failing}, {held}), (
            f"expected done={{failing}}, not_done={{held}}; got done={done}, not_done={not_done}")


@spec("executor.wait.all_completed", WAIT_DOC, api=("futures.ProcessPoolExecutor", "futures.wait"))
def test_wait_all_completed_returns_when_all_finish(mp):
    """wait(fs) (ALL_COMPLETED, the default) returns when all futures finish; a raising one does not end it early."""
    with mp.futures.ProcessPoolExecutor(max_workers=2) as ex:
        with Gate() as gate:
            held = ex.submit(wait_at, gate.address)
            gate.arrivals(1)
            failing = ex.submit(targets.fail, "x")
            failing.exception(WAIT)
            waiting = Call(lambda: mp.futures.wait([held, failing], timeout=WAIT))
            waiting.assert_blocked("wait() while one future is still running")
        done, not_done = waiting.result()
    assert (done, not_done) == ({held, failing}, set()), f"expected both done; got done={done}, not_done={not_done}"


@spec("executor.as_completed.order", AS_COMPLETED_DOC, api=("futures.ProcessPoolExecutor", "futures.as_completed"))
def test_as_completed_yields_finished_first_then_as_they_complete(mp):
    """as_completed(fs) yields futures that completed before the call first, then each as it completes, duplicates once."""
    with mp.futures.ProcessPoolExecutor(max_workers=2) as ex:
        with Gate() as gate:
            held = ex.submit(wait_at, gate.address)
            gate.arrivals(1)
            quick = ex.submit(targets.identity, 1)
            quick.result(WAIT)
            iterator = mp.futures.as_completed([held, quick, held], timeout=WAIT)
            first = next(iterator)
        rest = list(iterator)
    assert (first, rest) == (quick, [held]), f"expected quick, then held once; got {first!r}, then {rest!r}"


@spec("executor.as_completed.timeout", AS_COMPLETED_DOC,
      api=("futures.ProcessPoolExecutor", "futures.as_completed", "futures.TimeoutError"))
def test_as_completed_raises_timeout_error(mp):
    """as_completed's iterator raises TimeoutError if a future is not done timeout seconds after the call."""
    with mp.futures.ProcessPoolExecutor(max_workers=1) as ex, Gate() as gate:
        held = ex.submit(wait_at, gate.address)
        gate.arrivals(1)
        with pytest.raises(mp.futures.TimeoutError):
            next(mp.futures.as_completed([held], timeout=BLOCKED))
