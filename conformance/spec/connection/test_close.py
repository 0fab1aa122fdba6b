"""Connection.close(), explicit, on garbage collection and by the context manager; using a closed connection."""

import gc

from conformance.marks import spec
from conformance.spec.calls import raises

CLOSE = "multiprocessing.html#multiprocessing.connection.Connection.close"


@spec("connection.close.peer_eof", CLOSE)
def test_close_ends_the_connection_for_the_other_end(mp):
    """close() closes the connection: the other end's recv() then raises EOFError."""
    r, w = mp.Pipe()
    w.close()
    raises(EOFError, r.recv)


@spec("connection.close.on_garbage_collection", CLOSE)
def test_garbage_collection_closes_the_connection(mp):
    """close() is called automatically when the connection is garbage collected: the other end gets EOFError."""
    r, w = mp.Pipe()
    del w
    gc.collect()
    raises(EOFError, r.recv)


@spec("connection.closed.use_raises", CLOSE)
def test_using_a_closed_connection_raises_oserror(mp):
    """Every method but close() raises OSError on a closed connection."""
    conn, other = mp.Pipe()
    other.send("unread")
    conn.close()
    for name, args in (("send", ("x",)), ("send_bytes", (b"x",)), ("recv", ()), ("recv_bytes", ()),
                       ("recv_bytes_into", (bytearray(8),)), ("poll", ()), ("fileno", ())):
        if hasattr(other, name):  # a method the backend lacks is the deviation of that method's own tests
            raises(OSError, getattr(conn, name), *args)


@spec("connection.context_manager.closes", "multiprocessing.html#multiprocessing.connection.Connection")
def test_with_statement_returns_the_connection_and_closes_it(mp):
    """A Connection is a context manager: __enter__() returns it and __exit__() calls close()."""
    conn, other = mp.Pipe()
    with conn as entered:
        assert entered is conn, f"expected __enter__() to return the connection; got {entered!r}"
    raises(OSError, conn.send, "after the with block")
