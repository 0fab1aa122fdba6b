"""Broken: send_bytes(buffer, offset, size) checks offset but sends size bytes from the start of buffer."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.send_bytes.offset_size"}


class FromStartConnection(connection.Connection):
    def send_bytes(self, buf, offset=0, size=None):
        n = memoryview(buf).nbytes
        if offset < 0 or offset > n or (size is not None and (size < 0 or offset + size > n)):
            raise ValueError("offset or size out of range")
        super().send_bytes(buf, 0, n - offset if size is None else size)


_mirror.install(__name__, Pipe=_mirror.pipe(FromStartConnection))
