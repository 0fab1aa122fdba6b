"""Pipe(): a pair of connected Connection ends, duplex by default or one-way."""

from conformance.marks import spec
from conformance.spec.connection import targets
from conformance.spec.calls import raises, within
from conformance.spec.support import CHILD, WAIT, running

PIPE = "multiprocessing.html#multiprocessing.Pipe"


@spec("connection.pipe.pair.connections", PIPE)
def test_pipe_returns_a_pair_of_connections(mp):
    """Pipe() returns a pair (conn1, conn2) of two Connection objects."""
    pair = mp.Pipe()
    assert isinstance(pair, tuple) and len(pair) == 2, f"expected a pair (conn1, conn2); got {pair!r}"
    classes = tuple(getattr(mp.connection, name) for name in ("Connection", "PipeConnection") if hasattr(mp.connection, name))
    for conn in pair:
        assert isinstance(conn, classes), f"expected Connection objects; got {type(conn).__name__}"
    assert pair[0] is not pair[1], "expected two distinct ends; got the same object twice"


@spec("connection.pipe.duplex.default", PIPE)
def test_pipe_is_duplex_by_default(mp):
    """With duplex left at its default (True) both ends can send and receive."""
    conn1, conn2 = mp.Pipe()
    conn1.send("to conn2")
    assert within(conn2.recv) == "to conn2", "expected conn2 to receive what conn1 sent"
    conn2.send("to conn1")
    assert within(conn1.recv) == "to conn1", "expected conn1 to receive what conn2 sent"


@spec("connection.pipe.simplex.one_way", PIPE)
def test_one_way_pipe_sends_from_conn2_to_conn1(mp):
    """With duplex=False, conn2 sends and conn1 receives."""
    conn1, conn2 = mp.Pipe(duplex=False)
    conn2.send("one way")
    got = within(conn1.recv)
    assert got == "one way", f"expected conn1 to receive 'one way' sent on conn2; got {got!r}"


@spec("connection.pipe.simplex.wrong_direction", PIPE)
def test_one_way_pipe_ends_refuse_the_other_direction(mp):
    """With duplex=False, conn1 can only receive and conn2 can only send: the other uses raise OSError."""
    conn1, conn2 = mp.Pipe(duplex=False)
    raises(OSError, conn1.send, "backwards")
    raises(OSError, conn1.send_bytes, b"backwards")
    raises(OSError, conn2.recv)
    raises(OSError, conn2.recv_bytes)


@spec("connection.pipe.example.roundtrip", "multiprocessing.html#exchanging-objects-between-processes", needs=CHILD)
def test_documented_example_child_sends_a_list(mp):
    """In the documented example a child sends [42, None, 'hello'] on its end and the parent receives it."""
    parent_conn, child_conn = mp.Pipe()
    with running(mp, targets.send_example, child_conn) as p:
        p.join(WAIT)
        got = within(parent_conn.recv)
    assert got == targets.EXAMPLE, f"expected the parent to receive {targets.EXAMPLE!r}; got {got!r}"
