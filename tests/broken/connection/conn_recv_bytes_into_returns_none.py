"""Broken: recv_bytes_into() fills the buffer but returns None instead of the message length."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {
    "connection.recv_bytes_into.returns_count", "connection.recv_bytes_into.blocks", "connection.recv_bytes_into.eof",
    "connection.recv_bytes_into.writable_buffer", "connection.recv_bytes_into.offset", "connection.recv_bytes_into.example",
}


class NoCountConnection(connection.Connection):
    def recv_bytes_into(self, buf, offset=0):
        super().recv_bytes_into(buf, offset)


_mirror.install(__name__, Pipe=_mirror.pipe(NoCountConnection))
