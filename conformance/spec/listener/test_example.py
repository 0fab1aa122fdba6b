"""The documented Listener/Client example: an authenticated listener sends objects, bytes and an array to a client."""

from array import array

from conformance.marks import spec
from conformance.spec.calls import Call, within
from conformance.spec.listener.endpoints import LOOPBACK

EXAMPLES = "multiprocessing.html#multiprocessing-listeners-clients"
API = ("connection.Listener", "connection.Client")


def _serve(listener):
    with listener.accept() as conn:
        conn.send([2.25, None, "junk", float])
        conn.send_bytes(b"hello")
        conn.send_bytes(array("i", [42, 1729]))
        return listener.last_accepted


@spec("listener.example.roundtrip", EXAMPLES, api=API)
def test_documented_listener_and_client_example(mp):
    """In the example the client receives [2.25, None, 'junk', float], then b'hello', then 8 bytes into array('i', [42, 1729, 0, 0, 0])."""
    with mp.connection.Listener(LOOPBACK, authkey=b"secret password") as listener:
        server = Call(_serve, listener)
        with within(mp.connection.Client, listener.address, None, b"secret password") as conn:
            got = within(conn.recv)
            assert got == [2.25, None, "junk", float], f"expected [2.25, None, 'junk', float]; got {got!r}"
            got = within(conn.recv_bytes)
            assert got == b"hello", f"expected b'hello'; got {got!r}"
            arr = array("i", [0, 0, 0, 0, 0])
            count = within(conn.recv_bytes_into, arr)
            assert (count, arr.tolist()) == (8, [42, 1729, 0, 0, 0]), (
                f"expected recv_bytes_into() to return 8 and fill [42, 1729, 0, 0, 0]; got {count!r} and {arr.tolist()}"
            )
        last_accepted = server.result()
        assert last_accepted is not None, "expected last_accepted to give where the connection came from; got None"
