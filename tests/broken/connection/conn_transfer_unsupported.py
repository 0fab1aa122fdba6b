"""Broken: a Connection cannot be sent over a connection: pickling it raises TypeError."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.transfer.between_processes"}


class UntransferableConnection(connection.Connection):
    def __reduce_ex__(self, protocol):
        raise TypeError("cannot send a Connection to another process")


_mirror.install(__name__, Pipe=_mirror.pipe(UntransferableConnection, transferable=False))
