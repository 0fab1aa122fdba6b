"""Listener.accept() and Listener.last_accepted; accepted connections in wait() with process sentinels."""

import socket

from conformance.marks import spec
from conformance.spec.calls import within
from conformance.spec.channel import Channel
from conformance.spec.listener import targets
from conformance.spec.listener.endpoints import LOOPBACK, assert_connected, connect
from conformance.spec.support import CHILD, WAIT, running

ACCEPT = "multiprocessing.html#multiprocessing.connection.Listener.accept"
LAST_ACCEPTED = "multiprocessing.html#multiprocessing.connection.Listener.last_accepted"
WAIT_DOC = "multiprocessing.html#multiprocessing.connection.wait"
API = ("connection.Listener", "connection.Client", "connection.Connection")


@spec("listener.listener.accept", ACCEPT, api=API)
def test_accept_returns_a_connection_to_the_client(mp):
    """accept() accepts a connection on the bound socket and returns a Connection object linked to the client."""
    with mp.connection.Listener(LOOPBACK, "AF_INET") as listener:
        client, server = connect(mp, listener, listener.address, "AF_INET")
        with client, server:
            assert isinstance(server, mp.connection.Connection), f"expected accept() to return a Connection; got {server!r}"
            assert_connected(client, server)


@spec("listener.listener.last_accepted", LAST_ACCEPTED, api=API)
def test_last_accepted_is_the_address_the_connection_came_from(mp):
    """last_accepted is the address from which the last accepted connection came."""
    with mp.connection.Listener(LOOPBACK, "AF_INET") as listener:
        for _ in range(2):
            with socket.create_connection(listener.address, timeout=WAIT) as peer, within(listener.accept):
                expected = peer.getsockname()
                assert listener.last_accepted == expected, (
                    f"expected last_accepted to be the client's address {expected!r}; got {listener.last_accepted!r}"
                )


@spec("listener.accepted.waitable", WAIT_DOC, requires=("processes",), api=API + ("connection.wait",),
      needs=CHILD + ("process.sentinel.ready_on_end",))
def test_wait_watches_accepted_connections_and_sentinels_together(mp):
    """wait() takes connections returned by accept() together with Process.sentinel values and returns the ready ones."""
    with mp.connection.Listener(LOOPBACK, "AF_INET") as listener:
        with Channel() as ch, running(mp, targets.send_then_wait, mp, listener.address, "hello", ch) as p:
            with within(listener.accept) as conn:
                ready = mp.connection.wait([conn, p.sentinel], WAIT)
                assert ready == [conn], f"expected only the accepted connection, which has data, to be ready; got {ready!r}"
                got = conn.recv()
                assert got == "hello", f"expected 'hello' from the child; got {got!r}"
                ch.release()
                ended = mp.connection.wait([p.sentinel], WAIT)
                assert ended == [p.sentinel], f"expected the child's sentinel to be ready once the child ended; got {ended!r}"
                # The child's connection reaches end of file as it exits, not necessarily before its sentinel.
                assert mp.connection.wait([conn], WAIT) == [conn], "expected the child's connection to reach end of file"
                ready = mp.connection.wait([conn, p.sentinel], WAIT)
                assert set(ready) == {conn, p.sentinel}, (
                    f"expected the connection (at end of file) and the sentinel of the ended child to be ready; got {ready!r}"
                )
