"""Process.join([timeout]): waiting for the process to terminate."""

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.calls import Call, assert_refusal, refused, timed
from conformance.spec.process import targets
from conformance.spec.support import BLOCKED, WAIT

DOC = "multiprocessing.html#multiprocessing.Process.join"


def _start_waiting(mp, gate):
    """A started process that runs until something arrives on the connection `gate`."""
    p = mp.Process(target=targets.wait_for_release, args=(gate,))
    p.start()
    return p


@spec("process.join.blocks", DOC)
def test_join_without_timeout_blocks_until_the_process_terminates(mp):
    """join() with timeout None blocks until the process terminates."""
    gate, release = mp.Pipe(duplex=False)
    p = _start_waiting(mp, gate)
    try:
        joiner = Call(p.join)
        joiner.assert_blocked("join() while the process runs")
        release.send("go")
        joiner.released_by("the release of the process, which then ends")
        assert not p.is_alive(), "expected the process to have terminated when join() returned, but it is alive"
    finally:
        release.send("go")
        support.reap(p)


@spec("process.join.timeout", DOC)
def test_join_with_timeout_returns_while_the_process_still_runs(mp):
    """join(timeout) with a positive timeout blocks at most timeout seconds."""
    gate, release = mp.Pipe(duplex=False)
    p = _start_waiting(mp, gate)
    try:
        _, error = timed(0.3, p.join, 0.3)
        if error is not None:
            raise error
        assert p.is_alive(), "expected join(timeout) to return while the process still runs; it ran until the end"
    finally:
        release.send("go")
        support.reap(p)


@spec("process.join.returns_none", DOC)
def test_join_returns_none_on_timeout_and_on_termination(mp):
    """join() returns None both when the process terminates and when the call times out."""
    gate, release = mp.Pipe(duplex=False)
    p = _start_waiting(mp, gate)
    try:
        timed_out = p.join(BLOCKED)
        release.send("go")
        terminated = p.join(WAIT)
    finally:
        release.send("go")
        support.reap(p)
    assert (timed_out, terminated) == (None, None), (
        f"expected join() to return None on timeout and on termination, got {timed_out!r} and {terminated!r}")


@spec("process.join.many_times", DOC)
def test_process_can_be_joined_many_times(mp):
    """A process can be joined many times."""
    gate, release = mp.Pipe(duplex=False)
    p = _start_waiting(mp, gate)
    try:
        p.join(BLOCKED)
        p.join(BLOCKED)
        release.send("go")
        for _ in range(3):
            p.join(WAIT)
        assert not p.is_alive(), "expected the process to have ended after repeated joins"
    finally:
        release.send("go")
        support.reap(p)


@spec("process.join.self_error", DOC)
def test_process_joining_itself_is_an_error(mp):
    """A process cannot join itself; attempting it is an error."""
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=targets.send_self_join_error, args=(w, mp))
    p.start()
    try:
        assert r.poll(WAIT), "the child sent nothing"
        error = r.recv()
    finally:
        support.reap(p)
    assert_refusal("current_process().join() in the child", error)


@spec("process.join.before_start_error", DOC)
def test_join_before_start_is_an_error(mp):
    """It is an error to join a process before it has been started."""
    p = mp.Process(target=targets.noop)
    refused("join() before start()", p.join, WAIT)
    assert (p.is_alive(), p.exitcode) == (False, None), (
        f"expected the process still not started; is_alive() {p.is_alive()}, exitcode {p.exitcode}")
