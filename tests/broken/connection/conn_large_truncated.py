"""Broken: a message over 32 MiB is cut to its first 32 MiB instead of being sent whole or refused with ValueError."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.send.huge_valueerror", "connection.send_bytes.huge_valueerror"}
LIMIT = 32 * 1024 * 1024


class TruncatingConnection(connection.Connection):
    def _send_bytes(self, buf):
        super()._send_bytes(buf[:LIMIT])


_mirror.install(__name__, Pipe=_mirror.pipe(TruncatingConnection))
