"""Process.join([timeout]): waiting for the process to terminate."""

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.calls import Call, assert_refusal, refused, timed
from conformance.spec.channel import Channel
from conformance.spec.process import targets
from conformance.spec.process.held import held
from conformance.spec.support import BLOCKED, CHILD, WAIT

DOC = "multiprocessing.html#multiprocessing.Process.join"


@spec("process.join.blocks", DOC, needs=CHILD)
def test_join_without_timeout_blocks_until_the_process_terminates(mp):
    """join() with timeout None blocks until the process terminates."""
    with held(mp) as (p, ch):
        joiner = Call(p.join)
        joiner.assert_blocked("join() while the process runs")
        ch.release()
        joiner.released_by("the release of the process, which then ends")
        assert not p.is_alive(), "expected the process to have terminated when join() returned, but it is alive"


@spec("process.join.timeout", DOC, needs=CHILD)
def test_join_with_timeout_returns_while_the_process_still_runs(mp):
    """join(timeout) with a positive timeout blocks at most timeout seconds."""
    with held(mp) as (p, ch):
        _, error = timed(0.3, p.join, 0.3)
        if error is not None:
            raise error
        assert p.is_alive(), "expected join(timeout) to return while the process still runs; it ran until the end"
        ch.release()


@spec("process.join.returns_none", DOC, needs=CHILD)
def test_join_returns_none_on_timeout_and_on_termination(mp):
    """join() returns None both when the process terminates and when the call times out."""
    with held(mp) as (p, ch):
        timed_out = p.join(BLOCKED)
        ch.release()
        terminated = p.join(WAIT)
    assert (timed_out, terminated) == (None, None), (
        f"expected join() to return None on timeout and on termination, got {timed_out!r} and {terminated!r}")


@spec("process.join.many_times", DOC, needs=CHILD)
def test_process_can_be_joined_many_times(mp):
    """A process can be joined many times."""
    with held(mp) as (p, ch):
        p.join(BLOCKED)
        p.join(BLOCKED)
        ch.release()
        for _ in range(3):
            p.join(WAIT)
        assert not p.is_alive(), "expected the process to have ended after repeated joins"


@spec("process.join.self_error", DOC, needs=CHILD)
def test_process_joining_itself_is_an_error(mp):
    """A process cannot join itself; attempting it is an error."""
    with Channel() as ch:
        with support.running(mp, targets.send_self_join_error, ch, mp):
            error = ch.recv(what="what current_process().join() did in the child")
    assert_refusal("current_process().join() in the child", error)


@spec("process.join.before_start_error", DOC)
def test_join_before_start_is_an_error(mp):
    """It is an error to join a process before it has been started."""
    p = mp.Process(target=targets.noop)
    refused("join() before start()", p.join, WAIT)
    assert (p.is_alive(), p.exitcode) == (False, None), (
        f"expected the process still not started; is_alive() {p.is_alive()}, exitcode {p.exitcode}")
