"""BaseManager.get_server(): a Server with an address, whose serve_forever() serves in the calling process."""

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.channel import Channel
from conformance.spec.managers import servers, targets
from conformance.spec.support import BLOCKED

GET_SERVER = "multiprocessing.html#multiprocessing.managers.BaseManager.get_server"


def _serving(mp, ch):
    return support.running(mp, targets.serve, mp.managers.BaseManager, "MathsManager", ("127.0.0.1", 0), b"key", ch)


@spec("managers.get_server.returns_server", GET_SERVER, requires=("processes",), api=("managers.BaseManager",),
      needs=support.CHILD + servers.MANAGER)
def test_get_server_gives_a_server_with_its_address(mp):
    """get_server() returns a Server whose address attribute is where it serves (port 0 resolved)."""
    with Channel() as ch, _serving(mp, ch) as p:
        try:
            address = ch.recv(what="the child's server.address")
            assert address[0] == "127.0.0.1" and address[1] != 0, f"expected ('127.0.0.1', <bound port>); got {address}"
            client = servers.manager(mp, "MathsManager", address=address, authkey=b"key")
            client.connect()
            assert client.Maths().add(4, 3) == 7, "expected a client of server.address to be served"
        finally:
            p.terminate()


@spec("managers.get_server.serve_forever_blocks", GET_SERVER, requires=("processes",), api=("managers.BaseManager",),
      needs=support.CHILD + servers.MANAGER)
def test_serve_forever_serves_in_the_calling_process_and_blocks(mp):
    """Server.serve_forever() runs the server in the calling process, and does not return."""
    with Channel() as ch, _serving(mp, ch) as p:
        try:
            address = ch.recv(what="the child's server.address")
            client = servers.manager(mp, "MathsManager", address=address, authkey=b"key")
            client.connect()
            where = client.Maths().pid()
            assert where == p.pid, f"expected objects to live in the serving process {p.pid}; they are in {where}"
            p.join(BLOCKED)
            assert p.is_alive(), f"expected serve_forever() to keep running; the process ended with {p.exitcode}"
        finally:
            p.terminate()
