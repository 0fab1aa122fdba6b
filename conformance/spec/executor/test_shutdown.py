"""Executor.shutdown(wait=True, *, cancel_futures=False) and the with-statement form."""

from conformance.marks import spec
from conformance.spec.calls import Call, raises
from conformance.spec.executor import targets
from conformance.spec.gate import Gate, wait_at
from conformance.spec.support import LATE, WAIT

DOC = "concurrent.futures.html#concurrent.futures.Executor.shutdown"
QUEUED = 10  # more calls than any executor hands to its workers ahead of time, so the last ones stay pending


@spec("executor.shutdown.submit_raises", DOC, api=("futures.ProcessPoolExecutor",))
def test_submit_after_shutdown_raises_runtime_error(mp):
    """Calls to Executor.submit made after shutdown raise RuntimeError."""
    ex = mp.futures.ProcessPoolExecutor(max_workers=1)
    ex.submit(targets.identity, 1).result(WAIT)
    ex.shutdown(wait=True)
    raises(RuntimeError, ex.submit, targets.identity, 2)


@spec("executor.shutdown.wait_true_blocks", DOC, api=("futures.ProcessPoolExecutor",))
def test_shutdown_wait_true_returns_when_pending_calls_are_done(mp):
    """shutdown(wait=True) does not return until all pending futures are done executing."""
    ex = mp.futures.ProcessPoolExecutor(max_workers=1)
    with Gate() as gate:
        held = ex.submit(wait_at, gate.address, "held")
        later = ex.submit(targets.identity, "later")
        gate.arrivals(1)
        shutdown = Call(ex.shutdown, True)
        shutdown.assert_blocked("shutdown(wait=True) while a call is running")
    shutdown.released_by("the release of the running call")
    assert held.done() and later.done(), f"expected every future done when shutdown(wait=True) returned; got {held}, {later}"
    assert (held.result(0), later.result(0)) == ("held", "later"), "expected both calls to complete"


@spec("executor.shutdown.wait_false_returns", DOC, api=("futures.ProcessPoolExecutor",))
def test_shutdown_wait_false_returns_at_once_and_calls_still_complete(mp):
    """shutdown(wait=False) returns immediately; pending futures still complete."""
    ex = mp.futures.ProcessPoolExecutor(max_workers=1)
    try:
        with Gate() as gate:
            held = ex.submit(wait_at, gate.address, "held")
            gate.arrivals(1)
            Call(ex.shutdown, False).value(LATE, f"expected shutdown(wait=False) to return at once, within {LATE:g} s")
            still_running = not held.done()
        value = held.result(WAIT)
    finally:
        ex.shutdown(wait=True)
    assert still_running, "expected shutdown(wait=False) to return while the call was still held"
    assert value == "held", f"expected the held call to complete after shutdown(wait=False); got {value!r}"


def _shutdown_cancelling(executor):
    executor.shutdown(wait=True, cancel_futures=True)


@spec("executor.shutdown.cancel_futures", DOC, python=">=3.9", api=("futures.ProcessPoolExecutor",))
def test_shutdown_cancel_futures_cancels_pending_calls_only(mp):
    """shutdown(wait=True, cancel_futures=True) cancels the futures not yet running and completes the running ones."""
    ex = mp.futures.ProcessPoolExecutor(max_workers=1)
    with Gate() as gate:
        held = ex.submit(wait_at, gate.address, "held")
        gate.arrivals(1)
        pending = [ex.submit(targets.identity, n) for n in range(QUEUED)]
        shutdown = Call(_shutdown_cancelling, ex)
        shutdown.assert_blocked("shutdown(wait=True, cancel_futures=True) while a call is running")
    shutdown.released_by("the release of the running call")
    assert held.done() and held.result(0) == "held", f"expected the running call completed; it is {held!r}"
    assert pending[-1].cancelled(), f"expected the last pending future cancelled; it is {pending[-1]!r}"
    outcomes = ["cancelled" if f.cancelled() else f.result(0) for f in pending]
    assert all(o in ("cancelled", n) for n, o in enumerate(outcomes)), (
        f"expected each pending call cancelled or completed when shutdown returned; got {outcomes}")


@spec("executor.context_manager.shutdown_wait", DOC, api=("futures.ProcessPoolExecutor",))
def test_with_statement_shuts_down_waiting(mp):
    """Leaving a with block shuts the executor down as shutdown(wait=True) would: its calls are done."""
    ex = mp.futures.ProcessPoolExecutor(max_workers=1)

    def with_block(address):
        with ex:
            return ex.submit(wait_at, address, "held"), ex.submit(targets.identity, "later")

    with Gate() as gate:
        leaving = Call(with_block, gate.address)
        gate.arrivals(1)
        leaving.assert_blocked("leaving the with block while its call is held")
    futures = leaving.result()
    assert all(f.done() for f in futures), f"expected every future done once the with block was left; got {futures}"
    raises(RuntimeError, ex.submit, targets.identity, 4)
