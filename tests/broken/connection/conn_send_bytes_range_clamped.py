"""Broken: send_bytes() clamps an offset or size outside the buffer into it instead of raising ValueError."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.send_bytes.offset_out_of_range"}


class ClampingConnection(connection.Connection):
    def send_bytes(self, buf, offset=0, size=None):
        n = memoryview(buf).nbytes
        offset = min(max(offset, 0), n)
        if size is not None:
            size = min(max(size, 0), n - offset)
        super().send_bytes(buf, offset, size)


_mirror.install(__name__, Pipe=_mirror.pipe(ClampingConnection))
