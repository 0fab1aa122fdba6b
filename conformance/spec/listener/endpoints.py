"""Shared by the listener tests: safe listener addresses (loopback, a private AF_UNIX path), connecting, and checks."""

import contextlib
import os
import socket
import tempfile

from conformance.spec.calls import Call, within
from conformance.spec.support import WAIT

LOOPBACK = ("127.0.0.1", 0)


@contextlib.contextmanager
def unix_path():
    """A path for an AF_UNIX listener inside a private temporary directory, removed on exit."""
    with tempfile.TemporaryDirectory(prefix="mp-listener-") as directory:
        yield os.path.join(directory, "listener.sock")


def assert_connected(client, server):
    """Assert that what each of the two Connections sends, the other receives."""
    client.send(("from the client", 1))
    got = within(server.recv)
    assert got == ("from the client", 1), f"expected the accepted connection to receive what the client sent; got {got!r}"
    server.send(("from the listener", 2))
    got = within(client.recv)
    assert got == ("from the listener", 2), f"expected the client to receive what the accepted connection sent; got {got!r}"


def assert_refused(address):
    """Assert that connecting a plain TCP socket to `address` is refused: nothing listens there."""
    try:
        socket.create_connection(address, timeout=WAIT).close()
    except ConnectionRefusedError:
        return
    raise AssertionError(f"expected a connection to {address!r} to be refused; it was accepted")


def assert_raises(exc, call):
    """The `exc` that the running calls.Call `call` raised; AssertionError if it returned instead."""
    try:
        value = call.result()
    except exc as e:
        return e
    raise AssertionError(f"expected {call.name} to raise {exc.__name__}; it returned {value!r}")


def connect(mp, listener, *client_args):
    """Client(*client_args) connecting while `listener` accepts, both bounded: the (client, accepted) Connections."""
    server = Call(listener.accept)
    client = Call(mp.connection.Client, *client_args)
    return client.result(), server.result()
