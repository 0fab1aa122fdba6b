"""Barrier: threading.Barrier for processes: wait() indices, action, timeout, abort(), reset() and attributes."""

import contextlib
import functools
import threading

from conformance.marks import spec
from conformance.spec.calls import Call, timed
from conformance.spec.channel import Channel
from conformance.spec.support import BLOCKED, CHILD, TIMEOUT, WAIT, running
from conformance.spec.synchronize import targets
from conformance.spec.synchronize.observe import next_within, released, until

BARRIER = "threading.html#threading.Barrier"
WAIT_DOC = "threading.html#threading.Barrier.wait"
BROKEN = threading.BrokenBarrierError


def _raised(call, *args):
    """The exception call(*args) raised, or None."""
    try:
        call(*args)
    except Exception as e:
        return e
    return None


def _gives_up_broken(what, timeout, wait, *args):
    """Assert that wait(*args) (described by `what`), alone at its barrier, raises BrokenBarrierError after `timeout`
    (calls.timed: not early, not late)."""
    value, error = timed(timeout, wait, *args)
    outcome = f"raised {error!r}" if error is not None else f"returned {value!r}"
    assert isinstance(error, BROKEN), f"expected {what} alone at the barrier to raise BrokenBarrierError; it {outcome}"


def _wait_twice(barrier):
    """The indices two wait() calls at `barrier` return."""
    return [barrier.wait(WAIT), barrier.wait(WAIT)]


@contextlib.contextmanager
def _one_waiting(mp, barrier, ch):
    """Run a child that waits at `barrier` (reporting on channel `ch`) and yield once n_waiting is 1."""
    with running(mp, targets.wait_at_barrier, barrier, ch):
        until(lambda: barrier.n_waiting == 1, "the child to be waiting at the barrier (n_waiting == 1)")
        yield


# Tests that let the barrier trip with a party already waiting in a child: the last party's arrival must wake it.
WAKES = CHILD + ("synchronize.barrier.wait.blocks_until_parties",)


@spec("synchronize.barrier.wait.blocks_until_parties", WAIT_DOC, python=">=3.3", needs=CHILD)
def test_wait_releases_all_parties_with_distinct_indices(mp):
    """wait() blocks until `parties` processes have called it; each then gets a distinct index in range(parties)."""
    barrier = mp.Barrier(3)
    with Channel() as ch, running(mp, targets.wait_at_barrier, barrier, ch):
        with running(mp, targets.wait_at_barrier, barrier, ch):
            until(lambda: barrier.n_waiting == 2, "both children to be waiting at the barrier")
            early = next_within(ch, BLOCKED)
            mine = barrier.wait(WAIT)
            theirs = released(ch, 2, "the third party's wait()")
    assert early is None, f"expected the children to block until the third party arrived; one returned {early!r}"
    got = sorted([mine] + theirs)
    assert got == [0, 1, 2], f"expected the three parties to get the indices 0, 1 and 2; got {got!r}"


@spec("synchronize.barrier.wait.timeout_broken", WAIT_DOC, python=">=3.3", needs=CHILD)
def test_timeout_breaks_the_barrier(mp):
    """A wait() that times out (its own timeout, or the Barrier's default: after it, not much later) breaks the barrier and raises BrokenBarrierError."""
    barrier = mp.Barrier(2)
    _gives_up_broken(f"wait({TIMEOUT})", TIMEOUT, barrier.wait, TIMEOUT)
    assert barrier.broken is True, f"expected the barrier to be broken after the timeout; broken is {barrier.broken!r}"
    with Channel() as ch, running(mp, targets.wait_at_barrier, barrier, ch):
        got = ch.recv(what="what the child's wait() raised")
    assert got == "BrokenBarrierError", f"expected another process's wait() on the broken barrier to raise BrokenBarrierError; got {got!r}"
    _gives_up_broken(f"wait() on Barrier(2, timeout={TIMEOUT})", TIMEOUT, mp.Barrier(2, timeout=TIMEOUT).wait)


@spec("synchronize.barrier.action.once_per_generation", BARRIER, python=">=3.3", needs=WAKES)
def test_action_runs_once_each_time_the_barrier_trips(mp):
    """The action is called by one of the parties once each time the barrier is released."""
    with Channel() as actions, Channel() as ch:
        barrier = mp.Barrier(2, action=functools.partial(targets.report_action, actions))
        with running(mp, targets.wait_at_barrier, barrier, ch, 2):
            # In a thread: the action, where this party runs it, says so on `actions` as a child does.
            mine = Call(_wait_twice, barrier).result()
            theirs = [ch.recv(what="the index the child's wait() returned") for _ in range(2)]
        count = 0
        while next_within(actions, BLOCKED) is not None:
            count += 1
    assert all(isinstance(i, int) for i in mine + theirs), f"expected every wait() to return an index; got {mine + theirs!r}"
    assert count == 2, f"expected the action to run once per release (2 releases); it ran {count} times"


@spec("synchronize.barrier.action.error_breaks", BARRIER, python=">=3.3")
def test_failing_action_breaks_the_barrier(mp):
    """If the action raises, wait() raises that error and the barrier is broken."""
    barrier = mp.Barrier(1, action=targets.fail)
    error = _raised(barrier.wait, WAIT)
    assert isinstance(error, ValueError), f"expected wait() to raise the action's ValueError; got {error!r}"
    assert barrier.broken is True, f"expected the barrier to be broken after its action failed; broken is {barrier.broken!r}"


@spec("synchronize.barrier.abort.breaks_waiters", "threading.html#threading.Barrier.abort", python=">=3.3", needs=CHILD)
def test_abort_breaks_the_barrier_for_waiting_processes(mp):
    """abort() puts the barrier in the broken state: waiting and later wait() calls raise BrokenBarrierError."""
    barrier = mp.Barrier(2)
    with Channel() as ch, _one_waiting(mp, barrier, ch):
        barrier.abort()
        got, = released(ch, 1, "abort()")
    assert got == "BrokenBarrierError", f"expected the waiting child's wait() to raise BrokenBarrierError; got {got!r}"
    assert barrier.broken is True, f"expected broken to be True after abort(); got {barrier.broken!r}"
    error = _raised(barrier.wait, WAIT)
    assert isinstance(error, BROKEN), f"expected wait() on an aborted barrier to raise BrokenBarrierError; got {error!r}"


@spec("synchronize.barrier.reset.breaks_waiters", "threading.html#threading.Barrier.reset", python=">=3.3", needs=WAKES)
def test_reset_breaks_current_waiters_and_empties_the_barrier(mp):
    """reset() makes waiting processes raise BrokenBarrierError and returns the barrier to its default, empty state."""
    barrier = mp.Barrier(2)
    with Channel() as ch:
        with _one_waiting(mp, barrier, ch):
            barrier.reset()
            got, = released(ch, 1, "reset()")
        assert got == "BrokenBarrierError", f"expected the waiting child's wait() to raise BrokenBarrierError; got {got!r}"
        assert barrier.broken is False, f"expected broken to be False after reset(); got {barrier.broken!r}"
        assert barrier.n_waiting == 0, f"expected n_waiting to be 0 after reset(); got {barrier.n_waiting!r}"
        with running(mp, targets.wait_at_barrier, barrier, ch):
            mine = barrier.wait(WAIT)
            theirs = ch.recv(what="the index the child's wait() returned")
    assert sorted([mine, theirs]) == [0, 1], f"expected the reset barrier to work again; wait() gave {mine!r} and {theirs!r}"


@spec("synchronize.barrier.attrs.values", BARRIER, python=">=3.3", needs=CHILD)
def test_parties_n_waiting_and_broken(mp):
    """parties is the number of parties, n_waiting the number currently waiting (in any process), broken whether it is broken."""
    barrier = mp.Barrier(3)
    assert barrier.parties == 3, f"expected parties to be 3; got {barrier.parties!r}"
    assert barrier.n_waiting == 0, f"expected n_waiting to be 0 before any wait(); got {barrier.n_waiting!r}"
    assert barrier.broken is False, f"expected a new barrier not to be broken; got {barrier.broken!r}"
    with Channel() as ch, _one_waiting(mp, barrier, ch):
        barrier.abort()
        got, = released(ch, 1, "abort()")
    assert got == "BrokenBarrierError", f"expected the aborted child's wait() to raise BrokenBarrierError; got {got!r}"
    assert barrier.broken is True, f"expected broken to be True after abort(); got {barrier.broken!r}"
    assert barrier.n_waiting == 0, f"expected n_waiting to be 0 once the aborted child left wait(); got {barrier.n_waiting!r}"
