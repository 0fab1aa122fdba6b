"""Future objects made by a ProcessPoolExecutor: cancel, state, result, exception, done callbacks."""

import os
import threading

from conformance.marks import spec
from conformance.spec.calls import Call, raises, times_out
from conformance.spec.executor import targets

from conformance.spec.gate import Gate, wait_at
from conformance.spec.support import TIMEOUT, WAIT

DOC = "concurrent.futures.html#concurrent.futures.Future"
QUEUED = 10  # more calls than any executor hands to its workers ahead of time, so the last ones stay pending


@spec("executor.future.cancel_pending", f"{DOC}.cancel", api=("futures.ProcessPoolExecutor", "futures.CancelledError"))
def test_cancel_of_a_pending_call_succeeds(mp):
    """cancel() of a call not yet running cancels it and returns True; a result() waiting for it raises CancelledError."""
    with mp.futures.ProcessPoolExecutor(max_workers=1) as ex, Gate() as gate:
        ex.submit(wait_at, gate.address)
        gate.arrivals(1)
        last = [ex.submit(targets.identity, n) for n in range(QUEUED)][-1]
        waiter = Call(last.result, WAIT)
        waiter.assert_blocked("result() of a pending call")
        cancelled = last.cancel()
        assert cancelled is True, f"expected cancel() of a pending call to return True; got {cancelled!r}"
        assert last.cancelled() and last.done(), f"expected cancelled() and done() after cancel(); got {last!r}"
        raises(mp.futures.CancelledError, waiter.released_by, "cancel()")


@spec("executor.future.cancel_running", f"{DOC}.cancel", api=("futures.ProcessPoolExecutor",))
def test_cancel_of_a_running_call_fails(mp):
    """cancel() of a call being executed returns False; the call completes; running() was True."""
    with mp.futures.ProcessPoolExecutor(max_workers=1) as ex, Gate() as gate:
        held = ex.submit(wait_at, gate.address, "done")
        gate.arrivals(1)
        running = held.running()
        cancelled = held.cancel()
        gate.open()
        value = held.result(WAIT)
    assert running is True, f"expected running() True while the call executes; got {running!r}"
    assert cancelled is False, f"expected cancel() of a running call to return False; got {cancelled!r}"
    assert value == "done" and not held.cancelled(), f"expected the call to complete uncancelled; got {value!r}, {held!r}"


@spec("executor.future.cancel_finished", f"{DOC}.cancel", api=("futures.ProcessPoolExecutor",))
def test_cancel_of_a_finished_call_fails(mp):
    """cancel() of a call that finished returns False; done() is True, cancelled() False."""
    with mp.futures.ProcessPoolExecutor(max_workers=1) as ex:
        future = ex.submit(targets.identity, 1)
        future.result(WAIT)
        cancelled = future.cancel()
    assert cancelled is False and future.done() and not future.cancelled(), (
        f"expected cancel() False, done() True, cancelled() False for a finished call; got {cancelled!r}, {future!r}")


@spec("executor.future.result_timeout", f"{DOC}.result", api=("futures.ProcessPoolExecutor", "futures.TimeoutError"))
def test_result_timeout_raises_timeout_error(mp):
    """result(timeout) and exception(timeout) wait up to timeout seconds: TimeoutError if the call has not completed by
    then, its outcome as soon as it completes."""
    with mp.futures.ProcessPoolExecutor(max_workers=1) as ex, Gate() as gate:
        held = ex.submit(wait_at, gate.address, "done")
        gate.arrivals(1)
        times_out(mp.futures.TimeoutError, f"result(timeout={TIMEOUT}) of a held call", held.result, TIMEOUT)
        times_out(mp.futures.TimeoutError, f"exception(timeout={TIMEOUT}) of a held call", held.exception, TIMEOUT)
        waiters = Call(held.result, WAIT), Call(held.exception, WAIT)
        for waiter in waiters:
            waiter.assert_blocked()
        gate.open()
        outcomes = [waiter.released_by("the call's release") for waiter in waiters]
    assert outcomes == ["done", None], f"expected result() 'done' and exception() None; got {outcomes}"


@spec("executor.future.exception", f"{DOC}.exception", api=("futures.ProcessPoolExecutor",))
def test_exception_returns_what_the_call_raised_or_none(mp):
    """exception() returns the exception raised by the call, or None if it completed without raising."""
    with mp.futures.ProcessPoolExecutor(max_workers=1) as ex:
        failed = ex.submit(targets.fail, "boom").exception(WAIT)
        ok = ex.submit(targets.identity, 1).exception(WAIT)
    assert isinstance(failed, KeyError) and failed.args == ("boom",), f"expected KeyError('boom'); got {failed!r}"
    assert ok is None, f"expected None for a call that did not raise; got {ok!r}"


@spec("executor.future.done_callback", f"{DOC}.add_done_callback", api=("futures.ProcessPoolExecutor",))
def test_done_callbacks_run_in_order_in_this_process(mp):
    """add_done_callback(fn): fn(future) is called when the call finishes, in the order added, in this process."""
    calls, finished = [], threading.Event()
    with mp.futures.ProcessPoolExecutor(max_workers=1) as ex, Gate() as gate:
        future = ex.submit(wait_at, gate.address, 5)
        for n in range(3):
            future.add_done_callback(lambda f, n=n: calls.append((n, f, os.getpid())))
        future.add_done_callback(lambda f: finished.set())
        gate.arrivals(1)
        before = list(calls)
        gate.open()
        assert finished.wait(WAIT), "expected the done callbacks to be called within WAIT"
    assert before == [], f"expected no callback before the call finished; got {before}"
    assert calls == [(n, future, os.getpid()) for n in range(3)], (
        f"expected callbacks 0, 1, 2 called with the future in process {os.getpid()}; got {calls}")


@spec("executor.future.done_callback_immediate", f"{DOC}.add_done_callback", api=("futures.ProcessPoolExecutor",))
def test_callback_added_to_a_done_future_is_called_immediately(mp):
    """If the future has already completed, add_done_callback calls fn immediately."""
    with mp.futures.ProcessPoolExecutor(max_workers=1) as ex:
        future = ex.submit(targets.identity, 1)
        future.result(WAIT)
        calls = []
        future.add_done_callback(calls.append)
    assert calls == [future], f"expected fn(future) called before add_done_callback returned; got {calls}"


@spec("executor.future.done_callback_exception_ignored", f"{DOC}.add_done_callback", api=("futures.ProcessPoolExecutor",))
def test_callback_raising_an_exception_is_logged_and_ignored(mp):
    """A callback raising an Exception subclass is logged and ignored: the next callbacks still run."""
    calls = []

    def bad(future):
        raise ValueError("callback failed on purpose")

    with mp.futures.ProcessPoolExecutor(max_workers=1) as ex:
        future = ex.submit(targets.identity, 1)
        future.result(WAIT)
        future.add_done_callback(bad)
        future.add_done_callback(calls.append)
    assert calls == [future], f"expected the callback after the failing one to run; got {calls}"
