"""Connection.fileno(): the file descriptor the connection uses."""

import select

from conformance.marks import spec
from conformance.spec.support import WAIT


@spec("connection.fileno.returns_fd", "multiprocessing.html#multiprocessing.connection.Connection.fileno",
      platforms=("posix",), api=("connection.Connection.fileno",))
def test_fileno_is_the_descriptor_data_arrives_on(mp):
    """fileno() returns the file descriptor used by the connection: it becomes readable when a message arrives."""
    r, w = mp.Pipe()
    fd = r.fileno()
    assert isinstance(fd, int), f"expected an int file descriptor; got {fd!r}"
    readable = select.select([fd], [], [], 0)[0]
    assert readable == [], f"expected descriptor {fd} not to be readable before anything was sent; select() said {readable}"
    w.send_bytes(b"x")
    readable = select.select([fd], [], [], WAIT)[0]
    assert readable == [fd], f"expected descriptor {fd} to be readable once a message was sent; select() said {readable}"
