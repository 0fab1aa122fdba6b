"""Process.daemon: the daemon flag, its inheritance, and what happens to daemonic children."""

import pytest

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.calls import assert_refusal, refused
from conformance.spec.channel import Channel
from conformance.spec.process import targets
from conformance.spec.process.held import held
from conformance.spec.support import CHILD, WAIT

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


def _grandchild_scenario(mp, gate, daemon):
    """A child starting a grandchild that holds the write end of (r, w) until released through gate: returns r, child."""
    r, w = mp.Pipe(duplex=False)
    ready_r, ready = mp.Pipe(duplex=False)
    child = mp.Process(target=targets.start_grandchild, args=(mp, w, ready_r, ready, gate, daemon))
    child.start()
    w.close()
    return r, child


@spec("process.daemon.terminated_on_parent_exit", DOC, requires=("processes",))
def test_daemonic_child_is_terminated_when_its_parent_exits(mp):
    """When a process exits, it attempts to terminate all of its daemonic children."""
    gate, release = mp.Pipe(duplex=False)
    r, child = _grandchild_scenario(mp, gate, daemon=True)
    try:
        assert r.poll(WAIT) and r.recv() is True, "the daemonic grandchild did not get ready"
        child.join(WAIT)
        assert not child.is_alive(), "the child did not exit"
        # Only the grandchild still holds the write end: EOF means it is gone.
        assert r.poll(WAIT), f"expected the daemonic grandchild to be terminated when its parent exited; it outlived it by {WAIT}s"
        with pytest.raises(EOFError):
            r.recv()
    finally:
        release.send("go")
        support.reap(child)


@spec("process.daemon.terminated_not_joined", DOC, requires=("processes",))
def test_daemonic_child_does_not_delay_its_parents_exit(mp):
    """Daemonic processes are terminated, not joined, when their parent exits."""
    gate, release = mp.Pipe(duplex=False)
    r, child = _grandchild_scenario(mp, gate, daemon=True)
    try:
        assert r.poll(WAIT) and r.recv() is True, "the daemonic grandchild did not get ready"
        child.join(WAIT)
        assert not child.is_alive(), f"expected the child to exit at once, but it waited {WAIT}s for its daemonic child"
    finally:
        release.send("go")
        support.reap(child)


@spec("process.nondaemon.joined_at_exit", "multiprocessing.html#all-start-methods", requires=("processes",))
def test_non_daemonic_children_are_joined_when_their_parent_exits(mp):
    """Non-daemonic processes are joined automatically: a parent does not exit before its non-daemonic children."""
    gate, release = mp.Pipe(duplex=False)
    r, child = _grandchild_scenario(mp, gate, daemon=False)
    try:
        assert r.poll(WAIT) and r.recv() is True, "the grandchild did not get ready"
        # The child's target returns right after sending that: the child then waits for its child, or exits.
        waits = support.blocked(child) and child.is_alive()
        assert waits, "expected the child to wait for its non-daemonic child before exiting, but it exited"
        release.send("go")
        child.join(WAIT)
        assert not child.is_alive(), f"the child did not exit within {WAIT}s of its own child ending"
    finally:
        release.send("go")
        support.reap(child)
