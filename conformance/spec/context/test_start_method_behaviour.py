"""What each start method gives the child: fork copies the parent, spawn and forkserver start fresh."""

import os
import subprocess
import sys
import threading
import warnings

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.channel import Channel
from conformance.spec.context import targets
from conformance.spec.support import CHILD, WAIT

START_METHODS = "multiprocessing.html#contexts-and-start-methods"


def _received(mp, target, *args):
    """What a child running target(ch, *args) sends back."""
    with Channel() as ch:
        with support.running(mp, target, ch, *args):
            return ch.recv(what="the child's report")


def _inheritable_fd_identity(mp):
    """(parent's, child's) (st_dev, st_ino) of an inheritable descriptor the parent holds; the child's is None if it lacks it."""
    r, w = os.pipe()
    try:
        os.set_inheritable(r, True)
        st = os.fstat(r)
        return (st.st_dev, st.st_ino), _received(mp, targets.send_fd_identity, r)
    finally:
        os.close(r)
        os.close(w)


def _mark_seen_by_child(mp):
    """The value of targets.MARK a child sees after the parent changed it at run time."""
    targets.MARK = "changed by the parent"
    try:
        return _received(mp, targets.send_mark)
    finally:
        targets.MARK = "as imported"


@spec("context.fork.identical_child", START_METHODS, platforms=("posix",), start_methods=("fork",),
      requires=("processes",), needs=CHILD)
def test_fork_child_inherits_the_parents_state(mp):
    """With fork the child starts effectively identical to the parent and inherits all its resources."""
    mark = _mark_seen_by_child(mp)
    assert mark == "changed by the parent", f"expected the forked child to see the parent's run-time value of a global, got {mark!r}"
    parent, child = _inheritable_fd_identity(mp)
    assert child == parent, f"expected the forked child to hold the parent's open file {parent}, got {child}"


@spec("context.spawn.fresh_interpreter", START_METHODS, start_methods=("spawn",), requires=("processes",), needs=CHILD)
def test_spawn_child_does_not_inherit_unneeded_descriptors(mp):
    """With spawn the child is a fresh interpreter: file descriptors it does not need are not inherited."""
    parent, child = _inheritable_fd_identity(mp)
    assert child != parent, f"expected the spawned child not to inherit the parent's open file {parent}, it holds it"


@spec("context.forkserver.single_threaded", START_METHODS, platforms=("posix",), start_methods=("forkserver",),
      requires=("processes",), needs=CHILD)
def test_forkserver_child_does_not_inherit_unneeded_descriptors(mp):
    """With forkserver no unnecessary resources of the parent are inherited by the child."""
    parent, child = _inheritable_fd_identity(mp)
    assert child != parent, f"expected the forkserver child not to inherit the parent's open file {parent}, it holds it"


@spec("context.spawn.globals_may_differ", "multiprocessing.html#the-spawn-and-forkserver-start-methods",
      start_methods=("spawn", "forkserver"), requires=("processes",), needs=CHILD)
def test_spawn_child_sees_globals_as_imported(mp):
    """With spawn or forkserver a child sees a module global as its module sets it, not the parent's value at start()."""
    mark = _mark_seen_by_child(mp)
    assert mark == "as imported", f"expected the child to see the global as imported ('as imported'), got {mark!r}"


@spec("context.forkserver.server_spawned", START_METHODS, platforms=("posix",), start_methods=("forkserver",),
      requires=("processes",), needs=CHILD)
def test_forkserver_children_are_forked_by_one_server(mp):
    """With forkserver a single server process forks every new process on the parent's request."""
    first = _received(mp, targets.send_parent_pid)
    second = _received(mp, targets.send_parent_pid)
    assert first != os.getpid(), f"expected the child's parent to be the fork server, not this process ({first})"
    assert first == second, f"expected both children forked by one server, their parents are {first} and {second}"


@spec("context.fork.deprecation_warning_threads", START_METHODS, python=">=3.12", platforms=("linux",),
      start_methods=("fork",), requires=("processes",), needs=CHILD)
def test_fork_of_a_threaded_process_warns(mp):
    """From 3.12, starting a fork child from a process with several threads emits a DeprecationWarning."""
    release = threading.Event()
    thread = threading.Thread(target=release.wait, args=(WAIT,))
    thread.start()
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with support.running(mp, targets.noop):
                pass
    finally:
        release.set()
        thread.join(WAIT)
    kinds = [w.category.__name__ for w in caught]
    assert "DeprecationWarning" in kinds, f"expected a DeprecationWarning from forking a threaded process, got {kinds}"


@spec("context.main_module.safe_import", "multiprocessing.html#the-spawn-and-forkserver-start-methods",
      start_methods=("spawn",), requires=("processes",), api=("get_context",), needs=CHILD)
def test_spawn_child_reimports_an_unguarded_main_module(mp, tmp_path):
    """With spawn, a main module that starts a process at top level, unguarded by __name__ == '__main__', fails with RuntimeError."""
    script = tmp_path / "unguarded.py"
    script.write_text(
        "import importlib, os, sys\n"
        f"ctx = importlib.import_module({mp.package!r}).get_context('spawn')\n"
        "p = ctx.Process(target=os.getpid)\n"
        "p.start()\n"
        f"p.join({WAIT})\n"
        "print('exitcode', p.exitcode)\n"
    )
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=WAIT * 2)
    assert "exitcode 1" in proc.stdout and "RuntimeError" in proc.stderr, \
        f"expected the child to fail with RuntimeError (exit code 1), got stdout {proc.stdout!r}, stderr {proc.stderr[-1500:]!r}"
