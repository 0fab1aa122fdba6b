"""Broken: poll(timeout) with a number returns at once instead of waiting up to timeout seconds."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.poll.timeout_number"}


class ImpatientConnection(connection.Connection):
    def poll(self, timeout=0.0):
        return super().poll(0.0 if timeout is not None else None)


_mirror.install(__name__, Pipe=_mirror.pipe(ImpatientConnection))
