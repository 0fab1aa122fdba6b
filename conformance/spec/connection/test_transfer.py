"""Connections sent to another process with Connection.send() work there."""

from conformance.marks import spec
from conformance.spec.connection import targets
from conformance.spec.calls import within
from conformance.spec.support import running
from conformance.spec.support import WAIT


@spec("conn.transfer.between_processes", "multiprocessing.html#multiprocessing.connection.Connection")
def test_a_connection_sent_to_a_child_receives_there(mp):
    """A Connection object can be sent to another process with send(), and used there after recv()."""
    a, b = mp.Pipe()
    b.send("through the transferred connection")
    parent_end, child_end = mp.Pipe(duplex=True)
    parent_end.send(a)
    with running(mp, targets.recv_through_received_connection, child_end) as p:
        p.join(WAIT)
        got = within(parent_end.recv)
    assert got == "through the transferred connection", (
        f"expected the child to receive the message through the connection it was sent; got {got!r}")
