"""Broken: recv_bytes(maxlength) returns a message longer than maxlength instead of raising OSError."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.recv_bytes.maxlength", "connection.recv_bytes.maxlength_unreadable"}


class UnlimitedConnection(connection.Connection):
    def recv_bytes(self, maxlength=None):
        return super().recv_bytes()


_mirror.install(__name__, Pipe=_mirror.pipe(UnlimitedConnection))
