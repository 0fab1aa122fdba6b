"""Process.run() and Process.start(): the process's activity, and starting it in a separate process."""

import os

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.calls import refused
from conformance.spec.channel import Channel
from conformance.spec.process import targets, zombies
from conformance.spec.support import CHILD, WAIT

RUN = "multiprocessing.html#multiprocessing.Process.run"
START = "multiprocessing.html#multiprocessing.Process.start"


@spec("process.run.invokes_target", RUN)
def test_run_calls_target_with_args_and_kwargs_in_the_child(mp):
    """The standard run() invokes target with the positional and keyword arguments from args and kwargs."""
    with Channel() as ch:
        with support.running(mp, targets.send_call, ch, 1, "two", three=3):
            called = ch.recv(what="the target's arguments")
    assert called == ((1, "two"), {"three": 3}), f"expected target(ch, 1, 'two', three=3), got the arguments {called}"


@spec("process.run.overridable", RUN, needs=CHILD)
def test_run_overridden_in_a_subclass_is_what_start_runs(mp):
    """run() may be overridden in a subclass; start() then runs the override in the child."""
    with Channel() as ch:
        p = targets.run_override_class(mp.Process)(ch)
        p.start()
        try:
            got = ch.recv(what="the message of the overridden run()")
        finally:
            support.reap(p)
    assert got == "overridden run() ran", f"expected the message of the overridden run(), got {got!r}"


@spec("process.run.direct_call_in_caller", RUN)
def test_run_called_directly_runs_target_in_the_caller(mp):
    """Calling run() directly invokes target in the calling process, whether args is a list or a tuple."""
    calls = []
    for args in ([1], (1,)):
        mp.Process(target=lambda x: calls.append((x, os.getpid())), args=args).run()
    me = os.getpid()
    assert calls == [(1, me), (1, me)], f"expected target(1) twice in this process (pid {me}), got (arg, pid) {calls}"


@spec("process.start.runs_in_child", START, requires=("processes",), needs=CHILD)
def test_start_runs_the_activity_in_a_separate_process(mp):
    """start() arranges for run() to be invoked in a separate process."""
    with Channel() as ch:
        with support.running(mp, targets.send_pid, ch) as p:
            child_pid = ch.recv(what="the child's pid")
    assert child_pid != os.getpid(), f"expected run() in another process, but it ran in the parent (pid {child_pid})"
    assert child_pid == p.pid, f"expected run() in the started process (pid {p.pid}), got pid {child_pid}"


@spec("process.start.at_most_once", START, needs=CHILD)
def test_start_twice_fails(mp):
    """start() must be called at most once per process object: a second call fails."""
    p = mp.Process(target=targets.noop)
    p.start()
    try:
        p.join(WAIT)
        exitcode = p.exitcode
        refused("a second start()", p.start)
        assert (p.is_alive(), p.exitcode) == (False, exitcode), (
            f"expected the refused start() to leave the process ended with exitcode {exitcode}; "
            f"is_alive() {p.is_alive()}, exitcode {p.exitcode}")
    finally:
        support.reap(p)


@spec("process.start.reaps_finished", "multiprocessing.html#all-start-methods",
      platforms=("posix",), start_methods=("fork", "spawn"), requires=("processes",), needs=CHILD)
def test_start_joins_finished_children(mp):
    """Each time a new process starts, the finished processes not yet joined are joined."""
    with support.running(mp, targets.noop) as finished:
        zombies.finished_unjoined(finished)
        assert not zombies.joined(finished.pid), "the finished child was reaped before another process started"
        with support.running(mp, targets.noop):
            assert zombies.joined(finished.pid), "expected start() to join the finished child, but it is still a zombie"
