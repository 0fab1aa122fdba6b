"""ProcessPoolExecutor(max_workers, mp_context, initializer, initargs, max_tasks_per_child)."""

import importlib
import os
import sys

import pytest

from conformance.marks import not_applicable, spec
from conformance.spec.calls import raises
from conformance.spec.channel import Channel
from conformance.spec.executor import targets
from conformance.spec.gate import Gate, wait_at
from conformance.spec.support import BLOCKED, CHILD, WAIT, running
from conformance.verdicts import NotImplementedByBackend

DOC = "concurrent.futures.html#concurrent.futures.ProcessPoolExecutor"


def _default_workers():
    if sys.version_info >= (3, 13) and hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))  # os.process_cpu_count()
    return os.cpu_count()


def _observable(method):
    """`method`, when targets.start_method_of can recognise its workers; else the test is not applicable."""
    if method not in ("fork", "spawn", "forkserver"):
        not_applicable(f"workers of start method {method!r} cannot be told apart from fork, spawn or forkserver ones")
    return method


def _start_method_of_worker(mp, **kwargs):
    """The start method that launched the worker of mp.futures.ProcessPoolExecutor(max_workers=1, **kwargs)."""
    runtime_mark = "set by the test"
    targets.set_mark(runtime_mark)
    try:
        with mp.futures.ProcessPoolExecutor(max_workers=1, **kwargs) as ex:
            facts = ex.submit(targets.launch_facts).result(WAIT)
    finally:
        targets.set_mark("as imported")
    return targets.start_method_of(tuple(facts), os.getpid(), runtime_mark)


def _assert_runs_at_once(executor, expected):
    """Assert that `executor` runs `expected` blocked calls at once, and not one more."""
    with Gate() as gate:
        futures = [executor.submit(wait_at, gate.address) for _ in range(expected + 1)]
        gate.arrivals(expected)
        extra = not gate.nobody_else_arrives(BLOCKED)
    for f in futures:
        f.result(WAIT)
    assert not extra, f"expected at most {expected} calls to run at once; call {expected + 1} ran beside them"


@spec("executor.max_workers.at_most", DOC, api=("futures.ProcessPoolExecutor",))
def test_at_most_max_workers_calls_run_at_once(mp):
    """The executor runs calls in a pool of at most max_workers processes."""
    with mp.futures.ProcessPoolExecutor(max_workers=2) as ex:
        _assert_runs_at_once(ex, 2)


@spec("executor.max_workers.default_cpu_count", DOC, python="<3.13", api=("futures.ProcessPoolExecutor",))
def test_default_max_workers_is_the_number_of_processors(mp):
    """With max_workers None the pool has as many processes as the machine has processors (os.cpu_count())."""
    with mp.futures.ProcessPoolExecutor() as ex:
        _assert_runs_at_once(ex, _default_workers())


@spec("executor.max_workers.default_process_cpu_count", DOC, python=">=3.13", api=("futures.ProcessPoolExecutor",))
def test_default_max_workers_is_the_usable_processor_count(mp):
    """From 3.13, with max_workers None the pool has os.process_cpu_count() processes."""
    with mp.futures.ProcessPoolExecutor() as ex:
        _assert_runs_at_once(ex, _default_workers())


@spec("executor.max_workers.nonpositive_raises", DOC, api=("futures.ProcessPoolExecutor",))
@pytest.mark.parametrize("workers", [0, -1])
def test_nonpositive_max_workers_raises_value_error(mp, workers):
    """max_workers less than or equal to 0 raises ValueError."""
    raises(ValueError, mp.futures.ProcessPoolExecutor, max_workers=workers)


@spec("executor.max_workers.windows_limit", DOC, platforms=("win32",), api=("futures.ProcessPoolExecutor",))
def test_more_than_61_workers_raise_value_error_on_windows(mp):
    """On Windows max_workers above 61 raises ValueError."""
    raises(ValueError, mp.futures.ProcessPoolExecutor, max_workers=62)


@spec("executor.mp_context.launches_workers", DOC, requires=("mp_context",),
      api=("futures.ProcessPoolExecutor", "get_context"))
def test_workers_are_launched_with_mp_context(mp):
    """mp_context is the multiprocessing context used to launch the workers."""
    _observable(mp.get_start_method())
    method = _start_method_of_worker(mp, mp_context=mp.get_context())
    assert method == mp.get_start_method(), (
        f"expected a worker started by the {mp.get_start_method()} context given as mp_context;"
        f" it behaves as started by {method}")


@spec("executor.initializer.runs", DOC, api=("futures.ProcessPoolExecutor",))
def test_initializer_runs_in_each_worker_with_initargs(mp):
    """initializer(*initargs) is called at the start of each worker process."""
    with mp.futures.ProcessPoolExecutor(max_workers=2, initializer=targets.initialize, initargs=(1, "two")) as ex:
        with Gate() as gate:
            held = [ex.submit(wait_at, gate.address) for _ in range(2)]
            gate.arrivals(2)  # both workers are running: each initialised itself
            seen = [ex.submit(targets.initialized) for _ in range(4)]
        for f in held:
            f.result(WAIT)
        values = [tuple(f.result(WAIT)) for f in seen]
    assert values == [(1, "two")] * 4, f"expected every worker initialised with (1, 'two'); calls saw {values}"


@spec("executor.initializer.raises_broken", DOC, api=("futures.ProcessPoolExecutor", "futures.BrokenProcessPool"))
def test_failing_initializer_breaks_pending_and_later_calls(mp):
    """Should the initializer raise, pending calls and later submissions raise BrokenProcessPool."""
    with mp.futures.ProcessPoolExecutor(max_workers=1, initializer=targets.fail_to_initialize) as ex:
        pending = ex.submit(targets.identity, 1)
        raises(mp.futures.BrokenProcessPool, pending.result, WAIT)
        raises(mp.futures.BrokenProcessPool, ex.submit, targets.identity, 2)


@spec("executor.max_tasks_per_child.replaces", DOC, python=">=3.11", start_methods=("spawn", "forkserver"),
      api=("futures.ProcessPoolExecutor",))
def test_worker_is_replaced_after_max_tasks_per_child(mp):
    """A worker runs at most max_tasks_per_child calls, then exits and a fresh process replaces it."""
    with mp.futures.ProcessPoolExecutor(max_workers=1, max_tasks_per_child=2) as ex:
        pids = [ex.submit(targets.pid).result(WAIT) for _ in range(4)]
    assert pids[0] == pids[1] and pids[2] == pids[3] and pids[1] != pids[2], (
        f"expected each worker to run 2 calls then be replaced (pids a, a, b, b); got {pids}")


@spec("executor.max_tasks_per_child.no_deadlock", DOC, python=">=3.14.7",
      start_methods=("spawn", "forkserver"), api=("futures.ProcessPoolExecutor",), needs=CHILD)
def test_calls_queued_when_a_worker_reaches_max_tasks_per_child_complete(mp):
    """The executor does not hang after a worker exits at its max_tasks_per_child limit while calls remain queued (gh-115634)."""
    calls = 4
    executor = mp.futures.factory(max_workers=1, max_tasks_per_child=2)
    with Channel() as ch:
        with running(mp, targets.run_past_max_tasks_per_child, executor, ch, calls):
            completed = ch.recv(2 * WAIT, what="the calls that completed, from the child running the executor")
    assert completed == list(range(calls)), (
        f"expected all {calls} calls to complete, the single worker exiting after 2 with 2 queued and a fresh one"
        f" running those; within {WAIT:g} s only calls {completed} did: the executor hung")


@spec("executor.max_tasks_per_child.default_spawn", DOC, python=">=3.11", platforms=("posix",), requires=("mp_context",),
      api=("futures.ProcessPoolExecutor",))
def test_max_tasks_per_child_without_context_uses_spawn(mp):
    """With max_tasks_per_child and no mp_context, the "spawn" start method launches the workers."""
    method = _start_method_of_worker(mp, mp_context=None, max_tasks_per_child=1)
    assert method == "spawn", f"expected a spawned worker; it behaves as started by {method}"


@spec("executor.max_tasks_per_child.fork_incompatible", DOC, python=">=3.11", start_methods=("fork",),
      api=("futures.ProcessPoolExecutor",))
def test_max_tasks_per_child_with_a_fork_context_is_refused(mp):
    """max_tasks_per_child is incompatible with the "fork" start method: the executor refuses it (ValueError)."""
    raises(ValueError, mp.futures.ProcessPoolExecutor, max_workers=1, max_tasks_per_child=1)


@spec("executor.mp_context.default", DOC, requires=("mp_context",),
      api=("futures.ProcessPoolExecutor", "get_start_method"))
def test_without_mp_context_the_default_context_launches_workers(mp):
    """With mp_context None the default multiprocessing context (the backend package's) launches the workers."""
    package = importlib.import_module(mp.package)
    if not hasattr(package, "get_start_method"):
        raise NotImplementedByBackend(f"{mp.package} has no get_start_method() naming its default context")
    default = _observable(package.get_start_method())
    method = _start_method_of_worker(mp, mp_context=None)
    assert method == default, f"expected a worker started by the default context ({default}); it behaves as {method}"


@spec("executor.mp_context.default_not_fork", DOC, python=">=3.14", requires=("mp_context",),
      api=("futures.ProcessPoolExecutor",))
def test_without_mp_context_workers_are_not_forked(mp):
    """From 3.14 the default start method changed away from fork: without mp_context the workers are not forked."""
    method = _start_method_of_worker(mp, mp_context=None)
    assert method != "fork", "expected a worker started by a default other than fork (Python 3.14+); it was forked"
