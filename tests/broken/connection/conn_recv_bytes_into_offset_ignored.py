"""Broken: recv_bytes_into(buffer, offset) checks offset but writes the message at the start of buffer."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.recv_bytes_into.offset", "connection.recv_bytes_into.too_short"}


class AtStartConnection(connection.Connection):
    def recv_bytes_into(self, buf, offset=0):
        if offset < 0 or offset > memoryview(buf).nbytes:
            raise ValueError("offset out of range")
        return super().recv_bytes_into(buf)


_mirror.install(__name__, Pipe=_mirror.pipe(AtStartConnection))
