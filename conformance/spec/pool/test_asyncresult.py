"""AsyncResult: get, wait, ready and successful."""

from conformance.marks import spec
from conformance.spec.calls import Call, raises, timed, times_out
from conformance.spec.gate import Gate, wait_at
from conformance.spec.pool import targets
from conformance.spec.pool.pools import opened
from conformance.spec.support import CHILD, TIMEOUT, WAIT

ASYNC_RESULT = "multiprocessing.html#multiprocessing.pool.AsyncResult"


@spec("pool.asyncresult.class.returned", ASYNC_RESULT, api=("pool.AsyncResult",), needs=CHILD)
def test_apply_async_and_map_async_return_asyncresult(mp):
    """apply_async() and map_async() return AsyncResult instances."""
    with opened(mp.Pool, 1) as pool:
        results = [pool.apply_async(targets.square, (2,)), pool.map_async(targets.square, [2])]
    wrong = [r for r in results if not isinstance(r, mp.pool.AsyncResult)]
    assert not wrong, f"expected AsyncResult instances; got {wrong}"


@spec("pool.asyncresult.get.returns", f"{ASYNC_RESULT}.get", needs=CHILD)
def test_get_blocks_until_the_result_arrives(mp):
    """get() blocks until the result arrives and returns it."""
    with Gate() as gate, opened(mp.Pool, 1, gate=gate) as pool:
        result = pool.apply_async(wait_at, (gate.address, "result"))
        gate.arrivals(1)
        call = Call(result.get)
        call.assert_blocked("get() of a task still held in its worker")
        gate.open()
        assert call.released_by("the task's release") == "result", "expected get() to return what the task returned"
        assert pool.apply_async(targets.square, (10,)).get(timeout=WAIT) == 100, "expected the example f(10) = 100"


@spec("pool.asyncresult.get.timeout", f"{ASYNC_RESULT}.get", api=("TimeoutError",), needs=CHILD)
def test_get_timeout_raises_timeouterror(mp):
    """get(timeout) raises TimeoutError if the result does not arrive within timeout seconds."""
    with Gate() as gate, opened(mp.Pool, 1, gate=gate) as pool:
        result = pool.apply_async(wait_at, (gate.address, "result"))
        gate.arrivals(1)
        queued = pool.map_async(targets.square, [1, 2])
        times_out(mp.TimeoutError, f"get({TIMEOUT}) of apply_async() for a task still held", result.get, TIMEOUT)
        times_out(mp.TimeoutError, f"get({TIMEOUT}) of map_async() for tasks queued behind it", queued.get, TIMEOUT)
        gate.open()
        assert result.get(WAIT) == "result", "expected get() to return the result once the task was released"


@spec("pool.asyncresult.get.reraises", f"{ASYNC_RESULT}.get", needs=CHILD)
def test_get_reraises_the_task_exception(mp):
    """If the task raised, get() raises that exception."""
    with opened(mp.Pool, 1) as pool:
        result = pool.apply_async(targets.fail, ("boom",))
        raised = raises(ValueError, result.get, WAIT)
    assert raised.args == ("boom",), f"expected ValueError('boom'); got {raised!r}"


@spec("pool.asyncresult.wait.until_ready_or_timeout", f"{ASYNC_RESULT}.wait", needs=CHILD)
def test_wait_returns_when_ready_or_on_timeout(mp):
    """wait(timeout) returns after timeout seconds if the result is not ready; wait() returns once it is."""
    with Gate() as gate, opened(mp.Pool, 1, gate=gate) as pool:
        result = pool.apply_async(wait_at, (gate.address, "result"))
        gate.arrivals(1)
        value, error = timed(TIMEOUT, result.wait, TIMEOUT)
        if error is not None:
            raise error
        assert value is None and not result.ready(), f"expected wait({TIMEOUT}) to return None with the result not ready"
        call = Call(result.wait)
        call.assert_blocked("wait() on a task still held in its worker")
        gate.open()
        assert call.released_by("the task's release") is None, "expected wait() to return None"
        try:
            value = result.get(0)
        except Exception as e:
            raise AssertionError(f"expected the result to be there once wait() returned; get(0) raised {e!r}") from None
        assert value == "result", f"expected get() after wait() to return 'result'; it returned {value!r}"


@spec("pool.asyncresult.ready.completed", f"{ASYNC_RESULT}.ready", needs=CHILD)
def test_ready_tells_whether_the_call_completed(mp):
    """ready() is False while the call runs and True once it has completed."""
    with Gate() as gate, opened(mp.Pool, 1, gate=gate) as pool:
        result = pool.apply_async(wait_at, (gate.address, "result"))
        gate.arrivals(1)
        assert result.ready() is False, f"expected ready() False while the task runs; got {result.ready()!r}"
        gate.open()
        result.get(WAIT)
        assert result.ready() is True, f"expected ready() True once the task completed; got {result.ready()!r}"


@spec("pool.asyncresult.successful.completed", f"{ASYNC_RESULT}.successful", needs=CHILD)
def test_successful_tells_whether_the_call_raised(mp):
    """successful() is True for a call that returned and False for one that raised."""
    with opened(mp.Pool, 1) as pool:
        good = pool.apply_async(targets.square, (2,))
        bad = pool.apply_async(targets.fail, ("boom",))
        good.wait(WAIT)
        bad.wait(WAIT)
        outcome = (good.successful(), bad.successful())
    assert outcome == (True, False), f"expected successful() True for the returning call, False for the raising one; got {outcome}"


@spec("pool.asyncresult.successful.not_ready", f"{ASYNC_RESULT}.successful", needs=CHILD)
def test_successful_raises_valueerror_when_not_ready(mp):
    """successful() raises ValueError if the result is not ready."""
    with Gate() as gate, opened(mp.Pool, 1, gate=gate) as pool:
        result = pool.apply_async(wait_at, (gate.address, "result"))
        gate.arrivals(1)
        raises(ValueError, result.successful)
