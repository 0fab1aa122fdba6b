"""Broken: a Connection waiting for data (recv(), recv_bytes(), recv_bytes_into(), poll()) looks for it only every LATE_BY s."""

from multiprocessing import connection

from tests.broken import _mirror
from tests.broken._late import drowsy

BREAKS = {
    "connection.poll.timeout_none", "connection.poll.timeout_number", "connection.recv.blocks", "connection.recv_bytes.blocks",
    "connection.recv_bytes_into.blocks",
}


class DrowsyConnection(connection.Connection):
    def _poll(self, timeout):
        return drowsy(lambda: connection.Connection._poll(self, 0), timeout)

    def _recv_bytes(self, maxsize=None):
        self._poll(None)
        return super()._recv_bytes(maxsize)


_mirror.install(__name__, Pipe=_mirror.pipe(DrowsyConnection))
