"""Broken: poll(None) returns at once instead of blocking until there is data."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.poll.timeout_none"}


class ImpatientConnection(connection.Connection):
    def poll(self, timeout=0.0):
        return super().poll(0.0 if timeout is None else timeout)


_mirror.install(__name__, Pipe=_mirror.pipe(ImpatientConnection))
