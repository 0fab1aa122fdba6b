"""Broken: recv_bytes_into() clamps a negative or too large offset into the buffer instead of raising ValueError."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.recv_bytes_into.offset_range"}


class ClampingConnection(connection.Connection):
    def recv_bytes_into(self, buf, offset=0):
        return super().recv_bytes_into(buf, min(max(offset, 0), memoryview(buf).nbytes))


_mirror.install(__name__, Pipe=_mirror.pipe(ClampingConnection))
