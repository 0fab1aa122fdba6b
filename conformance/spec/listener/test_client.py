"""Client(address, family, authkey): the Connection it returns, the family inferred, an address nobody listens at."""

import socket

from conformance.marks import spec
from conformance.spec.calls import raises
from conformance.spec.listener.endpoints import LOOPBACK, assert_connected, connect

CLIENT = "multiprocessing.html#multiprocessing.connection.Client"
API = ("connection.Listener", "connection.Client", "connection.Connection")


@spec("listener.client.returns_connection", CLIENT, api=API)
def test_client_returns_a_connection_to_the_listener(mp):
    """Client(address) sets up a connection to the listener at address and returns a Connection."""
    with mp.connection.Listener(LOOPBACK, "AF_INET") as listener:
        client, server = connect(mp, listener, listener.address, "AF_INET")
        with client, server:
            assert isinstance(client, mp.connection.Connection), f"expected Client() to return a Connection; got {client!r}"
            assert_connected(client, server)


@spec("listener.client.family_inferred", CLIENT, api=API)
def test_client_infers_the_family_from_the_address(mp):
    """Client's family may be omitted: it is inferred from the format of the address, here a (host, port) tuple."""
    with mp.connection.Listener(LOOPBACK, "AF_INET") as listener:
        client, server = connect(mp, listener, listener.address)
        with client, server:
            assert_connected(client, server)


@spec("listener.client.refused", CLIENT, api=API)
def test_client_to_an_address_nobody_listens_at_raises_oserror(mp):
    """Client() to an address where no listener is raises OSError (connection refused)."""
    with socket.socket(socket.AF_INET) as bound:
        bound.bind(LOOPBACK)  # held but not listening: connections to it are refused
        raises(OSError, mp.connection.Client, bound.getsockname(), "AF_INET")
