"""Broken: a connection that is garbage collected is not closed, so its other end never sees end of file."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.close.on_garbage_collection"}


class LeakingConnection(connection.Connection):
    def __del__(self):
        pass


_mirror.install(__name__, Pipe=_mirror.pipe(LeakingConnection))
