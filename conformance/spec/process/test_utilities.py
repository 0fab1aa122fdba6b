"""current_process(), parent_process() and active_children()."""

import os

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.channel import Channel
from conformance.spec.process import targets, zombies
from conformance.spec.process.held import held
from conformance.spec.support import CHILD, WAIT


def _sent_by_child(mp, target):
    with Channel() as ch:
        with support.running(mp, target, ch, mp) as p:
            return p, ch.recv(what="the child's report")


@spec("process.current_process.returns", "multiprocessing.html#multiprocessing.current_process", needs=CHILD)
def test_current_process_is_the_process_object_of_the_caller(mp):
    """current_process() returns the Process object corresponding to the current process."""
    p, (same, is_process, name) = _sent_by_child(mp, targets.send_current_process)
    assert same, "expected current_process() to return the same object on every call in the child, got two objects"
    assert is_process, "expected current_process() in the child to be a Process instance, it is not"
    assert name == p.name, f"expected the child's current_process().name to be {p.name!r}, got {name!r}"


@spec("process.parent_process.returns", "multiprocessing.html#multiprocessing.parent_process", python=">=3.8",
      requires=("processes",), api=("parent_process",), needs=CHILD)
def test_parent_process_in_a_child_is_its_parent(mp):
    """parent_process() returns the Process object of the parent of current_process()."""
    _, parent = _sent_by_child(mp, targets.send_parent_process)
    expected = (mp.current_process().name, os.getpid())
    assert parent == expected, f"expected the child's parent_process() (name, pid) to be {expected}, got {parent}"


@spec("process.parent_process.main_none", "multiprocessing.html#multiprocessing.parent_process", python=">=3.8",
      api=("parent_process",))
def test_parent_process_in_the_main_process_is_none(mp):
    """For the main process, parent_process() is None."""
    parent = mp.parent_process()
    assert parent is None, f"expected parent_process() None in the main process, got {parent!r}"


@spec("process.active_children.returns", "multiprocessing.html#multiprocessing.active_children", needs=CHILD)
def test_active_children_lists_the_live_children(mp):
    """active_children() returns a list of all live children of the current process."""
    with held(mp) as (p, ch):
        children = mp.active_children()
        assert isinstance(children, list), f"expected a list, got {type(children).__name__}"
        assert p in children, f"expected the running child {p!r} in active_children(), got {children}"
        ch.release()
        p.join(WAIT)
        children = mp.active_children()
        assert p not in children, f"expected the ended child {p!r} no longer in active_children(), got {children}"


@spec("process.active_children.joins_finished", "multiprocessing.html#multiprocessing.active_children",
      platforms=("posix",), start_methods=("fork", "spawn"), requires=("processes",), needs=CHILD)
def test_active_children_joins_finished_children(mp):
    """Calling active_children() joins the processes which have already finished."""
    with support.running(mp, targets.noop) as p:
        zombies.finished_unjoined(p)
        assert not zombies.joined(p.pid), "the finished child was reaped before active_children() was called"
        mp.active_children()
        assert zombies.joined(p.pid), "expected active_children() to join the finished child, but it is still a zombie"
