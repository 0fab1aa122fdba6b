"""Broken: BufferTooShort from recv_bytes_into() holds only the part of the message that fits, not all of it."""

from multiprocessing import BufferTooShort, connection

from tests.broken import _mirror

BREAKS = {"connection.recv_bytes_into.too_short"}


class TruncatingConnection(connection.Connection):
    def recv_bytes_into(self, buf, offset=0):
        try:
            return super().recv_bytes_into(buf, offset)
        except BufferTooShort as e:
            raise BufferTooShort(e.args[0][:memoryview(buf).nbytes - offset]) from None


_mirror.install(__name__, Pipe=_mirror.pipe(TruncatingConnection))
