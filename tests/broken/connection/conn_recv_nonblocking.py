"""Broken: recv() with nothing to receive raises BlockingIOError instead of blocking."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.recv.blocks"}


class NonBlockingConnection(connection.Connection):
    def recv(self):
        if not self.poll(0):
            raise BlockingIOError("nothing to receive")
        return super().recv()


_mirror.install(__name__, Pipe=_mirror.pipe(NonBlockingConnection))
