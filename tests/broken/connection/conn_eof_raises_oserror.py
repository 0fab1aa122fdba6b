"""Broken: at end of file recv(), recv_bytes() and recv_bytes_into() raise OSError instead of EOFError."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {
    "connection.recv.eof", "connection.recv.eof_child_exit", "connection.recv_bytes.eof", "connection.recv_bytes_into.eof",
    "connection.close.peer_eof", "connection.close.on_garbage_collection", "connection.wait.example_readers",
}


class OSErrorAtEOFConnection(connection.Connection):
    def _recv_bytes(self, maxsize=None):
        try:
            return super()._recv_bytes(maxsize)
        except EOFError:
            raise OSError("end of file") from None


_mirror.install(__name__, Pipe=_mirror.pipe(OSErrorAtEOFConnection))
