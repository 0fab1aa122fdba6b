"""Broken: recv_bytes() returns the message as a bytearray instead of bytes."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"conn.recv_bytes.returns", "conn.example.bytes_roundtrip"}


class BytearrayConnection(connection.Connection):
    def recv_bytes(self, maxlength=None):
        return bytearray(super().recv_bytes(maxlength))


def _pipe(ctx):
    def Pipe(duplex=True):
        ends = ctx.Pipe(duplex)
        for end in ends:
            end.__class__ = BytearrayConnection
        return ends
    return Pipe


_mirror.install(__name__, Pipe=_pipe)
