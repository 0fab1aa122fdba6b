"""Broken: a connection that is garbage collected is not closed, so its other end never sees end of file."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"conn.close.on_garbage_collection"}


class LeakingConnection(connection.Connection):
    def __del__(self):
        pass


def _pipe(ctx):
    def Pipe(duplex=True):
        ends = ctx.Pipe(duplex)
        for end in ends:
            end.__class__ = LeakingConnection
        return ends
    return Pipe


_mirror.install(__name__, Pipe=_pipe)
