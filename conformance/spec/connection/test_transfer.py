"""Connections sent to another process with Connection.send() work there."""

from conformance.marks import spec
from conformance.spec.channel import Channel
from conformance.spec.connection import targets
from conformance.spec.support import CHILD, running


@spec("connection.transfer.between_processes", "multiprocessing.html#multiprocessing.connection.Connection", needs=CHILD)
def test_a_connection_sent_to_a_child_receives_there(mp):
    """A Connection object can be sent to another process with send(), and used there after recv()."""
    a, b = mp.Pipe()
    b.send("through the transferred connection")
    reader, writer = mp.Pipe(duplex=False)
    writer.send(a)
    with Channel() as ch, running(mp, targets.recv_through_received_connection, reader, ch):
        got = ch.recv(what="what the child received through the connection it was sent")
    assert got == "through the transferred connection", (
        f"expected the child to receive the message through the connection it was sent; got {got!r}")
