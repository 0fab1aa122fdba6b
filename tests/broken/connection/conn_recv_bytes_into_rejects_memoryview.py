"""Broken: recv_bytes_into() rejects a writable memoryview with TypeError."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.recv_bytes_into.writable_buffer"}


class NoMemoryviewConnection(connection.Connection):
    def recv_bytes_into(self, buf, offset=0):
        if isinstance(buf, memoryview):
            raise TypeError("memoryview not supported")
        return super().recv_bytes_into(buf, offset)


_mirror.install(__name__, Pipe=_mirror.pipe(NoMemoryviewConnection))
