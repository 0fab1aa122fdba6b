"""Broken: recv_bytes_into() with nothing to receive raises BlockingIOError instead of blocking."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.recv_bytes_into.blocks"}


class NonBlockingConnection(connection.Connection):
    def recv_bytes_into(self, buf, offset=0):
        if not self.poll(0):
            raise BlockingIOError("nothing to receive")
        return super().recv_bytes_into(buf, offset)


_mirror.install(__name__, Pipe=_mirror.pipe(NonBlockingConnection))
