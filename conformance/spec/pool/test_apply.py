"""Pool.apply and Pool.apply_async with callback and error_callback."""

import os
import threading

from conformance.marks import spec
from conformance.spec.calls import Call, raises, times_out, within
from conformance.spec.gate import Gate, wait_at
from conformance.spec.pool import targets
from conformance.spec.pool.pools import at_once, opened
from conformance.spec.support import BLOCKED, CHILD, TIMEOUT, WAIT

APPLY = "multiprocessing.html#multiprocessing.pool.Pool.apply"
APPLY_ASYNC = "multiprocessing.html#multiprocessing.pool.Pool.apply_async"


class Callbacks:
    """A callback and an error_callback recording what they got and in which process."""

    def __init__(self):
        self.calls = []
        self.done = threading.Event()

    def callback(self, value):
        self.calls.append(("callback", value, os.getpid()))
        self.done.set()

    def error_callback(self, error):
        self.calls.append(("error_callback", error, os.getpid()))
        self.done.set()

    def only_call(self):
        assert self.done.wait(WAIT), f"expected a callback within {WAIT:g} s; none was called"
        assert len(self.calls) == 1, f"expected exactly one callback call; got {self.calls}"
        return self.calls[0]


@spec("pool.apply.blocks", APPLY, needs=CHILD)
def test_apply_blocks_until_the_result_is_ready(mp):
    """apply(func, args, kwds) blocks until func has run in a worker, then returns its result."""
    with Gate() as gate, opened(mp.Pool, 1, gate=gate) as pool:
        call = Call(pool.apply, wait_at, (gate.address, "result"))
        gate.arrivals(1)
        call.assert_blocked("apply() of a task still held in its worker")
        gate.open()
        assert call.released_by("the task's release") == "result", "expected apply() to return what the task returned"
        assert within(pool.apply, targets.add, (1,), {"b": 2}) == 3, "expected apply(add, (1,), {'b': 2}) to return 3"


@spec("pool.apply.single_worker", APPLY, needs=CHILD)
def test_apply_runs_func_once(mp):
    """apply() executes func in only one of the workers, once."""
    with Gate() as gate, opened(mp.Pool, 2, gate=gate) as pool:
        call = Call(pool.apply, wait_at, (gate.address,))
        gate.arrivals(1)
        once = gate.nobody_else_arrives(BLOCKED)
        gate.open()
        call.result()
    assert once, "expected apply() to run func once; a second call of func reached the gate while the first was held"


@spec("pool.apply.reraises", APPLY, needs=CHILD)
def test_apply_reraises_the_task_exception(mp):
    """If func raises in the worker, apply() raises that exception."""
    with opened(mp.Pool, 1) as pool:
        raised = raises(ValueError, pool.apply, targets.fail, ("boom",))
    assert raised.args == ("boom",), f"expected ValueError('boom'); got {raised!r}"


@spec("pool.apply_async.returns_asyncresult", APPLY_ASYNC, needs=CHILD)
def test_apply_async_returns_before_the_task_completes(mp):
    """apply_async() returns a result object at once, while the task is still running."""
    with Gate() as gate, opened(mp.Pool, 1, gate=gate) as pool:
        result = at_once(pool.apply_async, wait_at, (gate.address, "result"))
        gate.arrivals(1)
        assert not result.ready(), "expected the result of a held task not to be ready"
        gate.open()
        assert result.get(WAIT) == "result", "expected get() to return what the task returned"


@spec("pool.apply_async.callback", APPLY_ASYNC, needs=CHILD)
def test_callback_gets_the_result_in_the_parent(mp):
    """callback is called in the calling process with the result, and error_callback is not called."""
    callbacks = Callbacks()
    with opened(mp.Pool, 1) as pool:
        result = pool.apply_async(targets.square, (7,), callback=callbacks.callback, error_callback=callbacks.error_callback)
        result.wait(WAIT)
        call = callbacks.only_call()
    assert call == ("callback", 49, os.getpid()), (
        f"expected callback(49) called in this process (pid {os.getpid()}); got (which, argument, pid) {call}"
    )


@spec("pool.apply_async.error_callback", APPLY_ASYNC, needs=CHILD)
def test_error_callback_gets_the_exception_in_the_parent(mp):
    """If the task fails, error_callback is called with the exception instance, and callback is not called."""
    callbacks = Callbacks()
    with opened(mp.Pool, 1) as pool:
        result = pool.apply_async(targets.fail, ("boom",), callback=callbacks.callback, error_callback=callbacks.error_callback)
        result.wait(WAIT)
        which, error, pid = callbacks.only_call()
    assert which == "error_callback" and pid == os.getpid(), (
        f"expected error_callback called in this process (pid {os.getpid()}); {which} was called in pid {pid}"
    )
    assert isinstance(error, ValueError) and error.args == ("boom",), f"expected ValueError('boom'); got {error!r}"


@spec("pool.apply_async.may_use_more_processes", "multiprocessing.html#using-a-pool-of-workers", requires=("processes",),
      needs=CHILD)
def test_concurrent_tasks_run_in_different_processes(mp):
    """Tasks submitted with apply_async run at the same time in different worker processes."""
    with Gate() as gate, opened(mp.Pool, 2, gate=gate) as pool:
        results = [at_once(pool.apply_async, wait_at, (gate.address, i)) for i in range(2)]
        pids = set(gate.arrivals(2))
        gate.open()
        values = [r.get(WAIT) for r in results]
    assert len(pids) == 2 and os.getpid() not in pids, (
        f"expected two tasks held at once to run in two worker processes; they ran in pids {pids}"
    )
    assert values == [0, 1], f"expected the two tasks to return 0 and 1 once released; got {values}"


@spec("pool.example.timeout_usable", "multiprocessing.html#using-a-pool-of-workers", api=("TimeoutError",), needs=CHILD)
def test_pool_usable_after_get_timeout(mp):
    """After get(timeout) raises TimeoutError for a task still running, the pool still runs other tasks."""
    with Gate() as gate, opened(mp.Pool, 2, gate=gate) as pool:
        held = at_once(pool.apply_async, wait_at, (gate.address,))
        gate.arrivals(1)
        times_out(mp.TimeoutError, f"get(timeout={TIMEOUT}) of a task still running", held.get, TIMEOUT)
        assert pool.apply_async(targets.square, (3,)).get(WAIT) == 9, "expected the pool to run a new task after the timeout"
        gate.open()
        assert held.get(WAIT) is None, "expected the held task to complete once released"
