"""Broken: send_bytes() of a buffer of multi-byte items (array('i')) sends only its first len(buffer) bytes."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.send_bytes.complete_message", "connection.recv_bytes_into.example"}


class ItemCountingConnection(connection.Connection):
    def send_bytes(self, buf, offset=0, size=None):
        m = memoryview(buf)
        if m.itemsize > 1:
            buf = m.cast("B")[:len(m)]
        super().send_bytes(buf, offset, size)


_mirror.install(__name__, Pipe=_mirror.pipe(ItemCountingConnection))
