"""multiprocessing.Manager(): a started SyncManager with a server process, shut down when collected; the docs' examples."""

import gc
import os
import signal

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.channel import Channel
from conformance.spec.managers import servers, targets
from conformance.spec.support import WAIT

MANAGER = "multiprocessing.html#multiprocessing.Manager"
SERVER_PROCESS = "multiprocessing.html#sharing-state-between-processes"


@spec("managers.manager.returns_started", MANAGER, requires=("processes",), needs=support.CHILD + servers.FOUND)
def test_manager_is_started_with_a_server_process(mp):
    """Manager() returns an already started manager, backed by a new server process."""
    before = mp.active_children()
    m = mp.Manager()
    new = servers.new_children(mp, before)
    try:
        assert len(new) == 1, f"expected Manager() to start one server process; {len(new)} new children appeared"
        assert m.list([1, 2])[:] == [1, 2], "expected the returned manager to create shared objects at once"
    finally:
        if hasattr(m, "shutdown"):  # start() sets it: a manager never started has none, and the failure says so
            m.shutdown()
        for p in new:
            support.reap(p)


@spec("managers.syncmanager.subclass", "multiprocessing.html#multiprocessing.managers.SyncManager",
      api=("managers.SyncManager", "managers.BaseManager"), needs=servers.MANAGER)
def test_manager_returns_a_syncmanager(mp):
    """Manager() returns a SyncManager, a subclass of BaseManager."""
    with mp.Manager() as m:
        assert isinstance(m, mp.managers.SyncManager), f"expected a SyncManager; got {type(m).__name__}"
    assert issubclass(mp.managers.SyncManager, mp.managers.BaseManager), "expected SyncManager to subclass BaseManager"


@spec("managers.lifetime.shutdown_on_gc", "multiprocessing.html#module-multiprocessing.managers",
      requires=("processes",), needs=servers.MANAGER + servers.FOUND)
def test_collected_manager_stops_its_server(mp):
    """A manager's server process is shut down when the manager is garbage collected."""
    before = mp.active_children()
    m = mp.Manager()
    new = servers.new_children(mp, before)
    try:
        assert len(new) == 1, f"expected Manager() to start one server process; {len(new)} new children appeared"
        del m
        gc.collect()
        for p in new:
            p.join(WAIT)
        assert not [p for p in new if p.is_alive()], "expected the server to stop once its manager was collected"
    finally:
        for p in new:
            support.reap(p)


@spec("managers.lifetime.shutdown_on_parent_exit", "multiprocessing.html#module-multiprocessing.managers",
      requires=("signals",), needs=support.CHILD + servers.MANAGER + servers.FOUND)
def test_exiting_parent_stops_its_managers_server(mp):
    """A manager's server process is shut down when the process that made the manager exits."""
    with Channel() as ch, support.running(mp, targets.keep_a_manager, mp, ch) as p:
        pids = ch.recv(what="the pids of the children of the child with a manager")
    alive = support.still_running(pids)
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    assert len(pids) == 1, f"expected the child's Manager() to start one server process; it had children {pids}"
    assert p.exitcode == 0, f"expected the child to exit normally; exit code {p.exitcode}"
    assert not alive, (f"expected the server {pids[0]} to end once its manager's process exited;"
                       f" it was still running {WAIT:g} s later")


@spec("managers.example.dict_list", SERVER_PROCESS, needs=support.CHILD + servers.MANAGER)
def test_docs_example_child_changes_are_seen(mp):
    """In the docs' example a child's changes to a dict and a list proxy are seen by the parent."""
    with mp.Manager() as manager:
        d = manager.dict()
        l = manager.list(range(10))
        with support.running(mp, targets.example_f, d, l):
            pass
        # The docs print {0.25: None, 1: '1', '2': 2}, an order from before dicts kept insertion order.
        assert dict(d) == {0.25: None, 1: '1', '2': 2}, f"expected {{0.25: None, 1: '1', '2': 2}}; got {d}"
        assert l[:] == [9, 8, 7, 6, 5, 4, 3, 2, 1, 0], f"expected [9, 8, ..., 0]; got {l}"


@spec("managers.example.set", SERVER_PROCESS, python=">=3.14", needs=support.CHILD + servers.MANAGER)
def test_docs_example_child_adds_to_a_set(mp):
    """A child's s.add('a'); s.add('b') on a set proxy is seen by the parent as {'a', 'b'}."""
    with mp.Manager() as manager:
        s = manager.set()
        with support.running(mp, targets.call, "add", ("a",), s):
            pass
        with support.running(mp, targets.call, "add", ("b",), s):
            pass
        assert set(s) == {"a", "b"}, f"expected {{'a', 'b'}}; got {s}"
