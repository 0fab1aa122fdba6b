"""BaseManager: start() and its server process, initializer, ctx, address, and the context-manager form."""

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.calls import raises
from conformance.spec.channel import Channel
from conformance.spec.managers import servers, targets
from conformance.spec.support import WAIT

START = "multiprocessing.html#multiprocessing.managers.BaseManager.start"
BASE = "multiprocessing.html#multiprocessing.managers.BaseManager"


@spec("managers.start.spawns_server", START, requires=("processes",), api=("managers.BaseManager",),
      needs=servers.MANAGER + servers.FOUND)
def test_start_runs_the_server_in_a_child_process(mp):
    """start() starts a subprocess running the manager's server, where the shared objects live."""
    m = servers.manager(mp, "MathsManager")
    with servers.started(mp, m) as server:
        where = m.Maths().pid()
        assert server.is_alive(), "expected the server process to be running after start(); it is not alive"
        assert where == server.pid, f"expected the shared object to live in the server process {server.pid}; it is in {where}"


@spec("managers.start.initializer", START, requires=("processes",), api=("managers.BaseManager",),
      needs=servers.MANAGER + servers.FOUND)
def test_start_calls_initializer_in_the_server(mp):
    """start(initializer, initargs) makes the server process call initializer(*initargs) when it starts."""
    m = servers.manager(mp, "MathsManager")
    with Channel() as ch, servers.started(mp, m, targets.report, (ch, "a", 2)) as server:
        pid, args = ch.recv(what="the initializer's report from the server")
        assert (pid, args) == (server.pid, ("a", 2)), \
            f"expected initializer('a', 2) called in the server {server.pid}; got args {args} in process {pid}"


@spec("managers.basemanager.ctx", BASE, requires=("processes",), api=("managers.BaseManager",),
      needs=servers.MANAGER + servers.FOUND)
def test_server_process_comes_from_ctx(mp):
    """The manager's server process is started by the context object given as ctx."""
    m = servers.manager(mp, "MathsManager")
    with servers.started(mp, m) as server:
        assert isinstance(server, mp.Process), \
            f"expected the server process to be a {mp.Process.__name__} of ctx; it is a {type(server).__name__}"


@spec("managers.basemanager.address_default", BASE, api=("managers.BaseManager",), needs=servers.MANAGER + servers.FOUND)
def test_address_none_chooses_an_address(mp):
    """With address None the server listens on an arbitrary address, which the manager's address gives."""
    m = servers.manager(mp, "MathsManager")
    with servers.started(mp, m):
        assert m.address is not None, "expected address to be the chosen address after start(); it is None"
        client = servers.manager(mp, "MathsManager", address=m.address)
        client.connect()
        assert client.Maths().add(4, 3) == 7, "expected a client connected to the address to use the server"


@spec("managers.basemanager.address_attr", "multiprocessing.html#multiprocessing.managers.BaseManager.address",
      api=("managers.BaseManager",), needs=servers.MANAGER + servers.FOUND)
def test_address_is_read_only_and_is_where_the_server_listens(mp):
    """address is a read-only property: the address the manager's server listens on (port 0 resolved)."""
    m = servers.manager(mp, "MathsManager", address=("127.0.0.1", 0))
    with servers.started(mp, m):
        host, port = m.address
        assert (host, port != 0) == ("127.0.0.1", True), f"expected ('127.0.0.1', <bound port>); got {m.address}"
        raises(AttributeError, setattr, m, "address", ("127.0.0.1", 1))
        assert m.address == (host, port), f"expected address unchanged after the failed assignment; it is {m.address}"


@spec("managers.basemanager.context_manager", BASE, requires=("processes",), api=("managers.BaseManager",),
      needs=servers.MANAGER + servers.FOUND)
def test_with_starts_and_shuts_down(mp):
    """Entering `with manager` starts its server and returns the manager; leaving it calls shutdown()."""
    m = servers.manager(mp, "MathsManager")
    before = mp.active_children()
    try:
        with m as entered:
            new = servers.new_children(mp, before)
            assert entered is m, f"expected __enter__ to return the manager; it returned {entered!r}"
            assert len(new) == 1, f"expected entering to start one server process; {len(new)} appeared"
            assert m.Maths().add(4, 3) == 7, "expected the started manager to create objects"
        for p in new:
            p.join(WAIT)
        assert not [p for p in new if p.is_alive()], "expected leaving the with block to stop the server; it still runs"
    finally:
        for p in servers.new_children(mp, before):
            support.reap(p)
