"""Broken: send_bytes() of an empty buffer sends nothing, so the receiver never sees that message."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"conn.messages.boundaries"}


class DroppingConnection(connection.Connection):
    def send_bytes(self, buf, offset=0, size=None):
        if memoryview(buf).nbytes or offset or size is not None:
            super().send_bytes(buf, offset, size)


def _pipe(ctx):
    def Pipe(duplex=True):
        ends = ctx.Pipe(duplex)
        for end in ends:
            end.__class__ = DroppingConnection
        return ends
    return Pipe


_mirror.install(__name__, Pipe=_pipe)
