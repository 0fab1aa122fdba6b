"""Broken: recv_bytes() with nothing to receive raises BlockingIOError instead of blocking."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.recv_bytes.blocks"}


class NonBlockingConnection(connection.Connection):
    def recv_bytes(self, maxlength=None):
        if not self.poll(0):
            raise BlockingIOError("nothing to receive")
        return super().recv_bytes(maxlength)


_mirror.install(__name__, Pipe=_mirror.pipe(NonBlockingConnection))
