"""Process.daemon: the daemon flag, its inheritance, and what happens to daemonic children."""

import contextlib

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.calls import assert_refusal, refused
from conformance.spec.channel import Channel
from conformance.spec.process import targets
from conformance.spec.process.held import held
from conformance.spec.support import CHILD, WAIT, still_running

DOC = "multiprocessing.html#multiprocessing.Process.daemon"


def _sent_by_daemonic_child(mp, target):
    with Channel() as ch:
        p = mp.Process(target=target, args=(ch, mp))
        p.daemon = True
        p.start()
        try:
            return ch.recv(what="the daemonic child's report")
        finally:
            support.reap(p)


@spec("process.daemon.bool", DOC, needs=CHILD)
def test_daemon_is_a_boolean_flag_the_child_sees(mp):
    """daemon is the process's Boolean daemon flag, seen by the process itself."""
    p = mp.Process(target=targets.noop)
    p.daemon = True
    assert p.daemon is True, f"expected daemon True after setting it, got {p.daemon!r}"
    p.daemon = False
    assert p.daemon is False, f"expected daemon False after clearing it, got {p.daemon!r}"
    seen = _sent_by_daemonic_child(mp, targets.send_daemon)
    assert seen is True, f"expected a daemonic child to see current_process().daemon True, got {seen!r}"


@spec("process.daemon.set_before_start", DOC, needs=CHILD)
def test_daemon_cannot_be_set_after_start(mp):
    """The daemon flag must be set before start() is called; setting it afterwards fails."""
    with held(mp) as (p, ch):
        refused("setting daemon after start()", setattr, p, "daemon", True)
        assert p.daemon is False, f"expected the refused setting to leave daemon False; it is {p.daemon!r}"
        ch.release()


@spec("process.daemon.inherited", DOC, needs=CHILD)
def test_daemon_flag_is_inherited_from_the_creating_process(mp):
    """The initial daemon value is inherited from the creating process."""
    from_main = mp.Process(target=targets.noop).daemon
    assert from_main is False, f"expected a Process made by the (non-daemonic) main process to be non-daemonic, got {from_main!r}"
    from_daemon = _sent_by_daemonic_child(mp, targets.send_new_process_daemon)
    assert from_daemon is True, f"expected a Process made by a daemonic process to be daemonic, got {from_daemon!r}"


@spec("process.start.daemon_no_children", DOC, requires=("processes",), needs=CHILD)
def test_daemonic_process_cannot_create_children(mp):
    """A daemonic process is not allowed to create child processes."""
    error, pid = _sent_by_daemonic_child(mp, targets.send_start_child_error)
    assert_refusal("start() of a child in a daemonic process", error)
    assert pid is None, f"expected the refused child not to have started (pid None); its pid is {pid}"


@contextlib.contextmanager
def _grandchild_scenario(mp, daemon):
    """A child that starts a grandchild (daemonic or not), which reports its pid and holds until the channel `hold` is
    released; yields (child, the grandchild's pid, hold) once the child's target is returning. On exit the channels
    close, which releases a grandchild still holding, and the child is reaped."""
    with Channel(children=2) as ch, Channel() as hold:
        child = mp.Process(target=targets.start_grandchild, args=(mp, ch, hold, daemon))
        child.start()
        try:
            grandchild = ch.recv(what="the grandchild's pid")
            ch.release()
            said = ch.recv(what="the child's word that its target returns")
            assert said == "returning", f'expected the child to say "returning", got {said!r}'
            yield child, grandchild, hold
        finally:
            ch.close()
            hold.close()
            support.reap(child)


@spec("process.daemon.terminated_on_parent_exit", DOC, requires=("processes",), needs=CHILD)
def test_daemonic_child_is_terminated_when_its_parent_exits(mp):
    """When a process exits, it attempts to terminate all of its daemonic children."""
    with _grandchild_scenario(mp, daemon=True) as (child, grandchild, _):
        child.join(WAIT)
        assert not child.is_alive(), f"expected the child to exit, it still runs {WAIT:g} s later"
        assert not still_running([grandchild]), (
            f"expected the daemonic grandchild to be terminated when its parent exited; it outlived it by {WAIT:g} s")


@spec("process.daemon.terminated_not_joined", DOC, requires=("processes",), needs=CHILD)
def test_daemonic_child_does_not_delay_its_parents_exit(mp):
    """Daemonic processes are terminated, not joined, when their parent exits."""
    with _grandchild_scenario(mp, daemon=True) as (child, _, _):
        child.join(WAIT)
        assert not child.is_alive(), f"expected the child to exit at once, but it waited {WAIT:g} s for its daemonic child"


@spec("process.nondaemon.joined_at_exit", "multiprocessing.html#all-start-methods", requires=("processes",),
      needs=CHILD)
def test_non_daemonic_children_are_joined_when_their_parent_exits(mp):
    """Non-daemonic processes are joined automatically: a parent does not exit before its non-daemonic children."""
    with _grandchild_scenario(mp, daemon=False) as (child, _, hold):
        # The child's target returns right after saying so: the child then waits for its child, or exits.
        waits = support.blocked(child) and child.is_alive()
        assert waits, "expected the child to wait for its non-daemonic child before exiting, but it exited"
        hold.release()
        child.join(WAIT)
        assert not child.is_alive(), f"the child did not exit within {WAIT:g} s of its own child ending"
