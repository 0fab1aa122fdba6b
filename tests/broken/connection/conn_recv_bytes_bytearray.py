"""Broken: recv_bytes() returns the message as a bytearray instead of bytes."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.recv_bytes.returns", "connection.example.bytes_roundtrip"}


class BytearrayConnection(connection.Connection):
    def recv_bytes(self, maxlength=None):
        return bytearray(super().recv_bytes(maxlength))


_mirror.install(__name__, Pipe=_mirror.pipe(BytearrayConnection))
