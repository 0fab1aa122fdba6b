"""Broken: once poll() has seen data it keeps returning True, even after the data was received."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"conn.poll.returns_bool"}


class StaleConnection(connection.Connection):
    _seen = False

    def poll(self, timeout=0.0):
        self._seen = self._seen or super().poll(timeout)
        return self._seen


def _pipe(ctx):
    def Pipe(duplex=True):
        ends = ctx.Pipe(duplex)
        for end in ends:
            end.__class__ = StaleConnection
        return ends
    return Pipe


_mirror.install(__name__, Pipe=_pipe)
