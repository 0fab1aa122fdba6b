"""Broken: recv() returns a bytearray that was sent as bytes."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.recv.returns_sent"}


class BytesConnection(connection.Connection):
    def recv(self):
        obj = super().recv()
        return bytes(obj) if isinstance(obj, bytearray) else obj


_mirror.install(__name__, Pipe=_mirror.pipe(BytesConnection))
