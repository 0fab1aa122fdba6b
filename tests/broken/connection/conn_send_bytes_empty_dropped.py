"""Broken: send_bytes() of an empty buffer sends nothing, so the receiver never sees that message."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.messages.boundaries"}


class DroppingConnection(connection.Connection):
    def send_bytes(self, buf, offset=0, size=None):
        if memoryview(buf).nbytes or offset or size is not None:
            super().send_bytes(buf, offset, size)


_mirror.install(__name__, Pipe=_mirror.pipe(DroppingConnection))
