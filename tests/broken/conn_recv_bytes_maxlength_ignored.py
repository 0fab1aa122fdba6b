"""Broken: recv_bytes(maxlength) returns a message longer than maxlength instead of raising OSError."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"conn.recv_bytes.maxlength", "conn.recv_bytes.maxlength_unreadable"}


class UnlimitedConnection(connection.Connection):
    def recv_bytes(self, maxlength=None):
        return super().recv_bytes()


def _pipe(ctx):
    def Pipe(duplex=True):
        ends = ctx.Pipe(duplex)
        for end in ends:
            end.__class__ = UnlimitedConnection
        return ends
    return Pipe


_mirror.install(__name__, Pipe=_pipe)
