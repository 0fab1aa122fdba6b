"""Broken: at end of file recv(), recv_bytes() and recv_bytes_into() raise OSError instead of EOFError."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {
    "conn.recv.eof", "conn.recv.eof_child_exit", "conn.recv_bytes.eof", "conn.recv_bytes_into.eof",
    "conn.close.peer_eof", "conn.close.on_garbage_collection", "listener_client.wait.example_readers",
}


class OSErrorAtEOFConnection(connection.Connection):
    def _recv_bytes(self, maxsize=None):
        try:
            return super()._recv_bytes(maxsize)
        except EOFError:
            raise OSError("end of file") from None


_mirror.install(__name__, Pipe=_mirror.pipe(OSErrorAtEOFConnection))
