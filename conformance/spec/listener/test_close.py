"""Listener.close(), explicit, on garbage collection and by the context manager; Connections of Listener/Client in with."""

import gc
import socket

from conformance.marks import spec
from conformance.spec.calls import raises
from conformance.spec.listener.endpoints import LOOPBACK, assert_refused, connect
from conformance.spec.support import WAIT

CLOSE = "multiprocessing.html#multiprocessing.connection.Listener.close"
LISTENER = "multiprocessing.html#multiprocessing.connection.Listener"
API = ("connection.Listener", "connection.Client")


@spec("listener.listener.close", CLOSE, api=API)
def test_close_closes_the_bound_socket(mp):
    """close() closes the bound socket of the listener: connecting to its address is then refused."""
    listener = mp.connection.Listener(LOOPBACK, "AF_INET")
    address = listener.address
    listener.close()
    assert_refused(address)


@spec("listener.listener.close_on_gc", CLOSE, api=API)
def test_garbage_collection_closes_the_bound_socket(mp):
    """close() is called automatically when the listener is garbage collected: connecting is then refused."""
    listener = mp.connection.Listener(LOOPBACK, "AF_INET")
    address = listener.address
    del listener
    gc.collect()
    assert_refused(address)


@spec("listener.listener.accept_after_close", CLOSE, api=API)
def test_accept_after_close_raises_oserror(mp):
    """accept() on a closed listener raises OSError, even with a client that connected before close()."""
    listener = mp.connection.Listener(LOOPBACK, "AF_INET")
    with socket.create_connection(listener.address, timeout=WAIT):
        listener.close()
        raises(OSError, listener.accept)


@spec("listener.listener.context_manager", LISTENER, api=API)
def test_listener_is_a_context_manager_that_closes(mp):
    """A Listener is a context manager: __enter__() returns the listener and __exit__() calls close()."""
    listener = mp.connection.Listener(LOOPBACK, "AF_INET")
    with listener as entered:
        address = listener.address
        assert entered is listener, f"expected __enter__() to return the listener {listener!r}; got {entered!r}"
    assert_refused(address)


@spec("listener.connection.context_manager", LISTENER, api=API)
def test_connections_of_accept_and_client_close_at_the_end_of_with(mp):
    """Connections returned by accept() and Client() are context managers whose exit closes them, as in the documented example."""
    with mp.connection.Listener(LOOPBACK, "AF_INET") as listener:
        client, server = connect(mp, listener, listener.address, "AF_INET")
        with client, server:
            with server:
                pass
            raises(EOFError, client.recv)
        client, server = connect(mp, listener, listener.address, "AF_INET")
        with client, server:
            with client:
                pass
            raises(EOFError, server.recv)
