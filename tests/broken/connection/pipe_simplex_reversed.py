"""Broken: Pipe(duplex=False) returns its ends swapped: conn1 can only send and conn2 can only receive."""

from tests.broken import _mirror

BREAKS = {"connection.pipe.simplex.one_way", "connection.pipe.simplex.wrong_direction", "connection.wait.example_readers"}


def _pipe(ctx):
    def Pipe(duplex=True):
        conn1, conn2 = ctx.Pipe(duplex)
        return (conn1, conn2) if duplex else (conn2, conn1)
    return Pipe


_mirror.install(__name__, Pipe=_pipe)
