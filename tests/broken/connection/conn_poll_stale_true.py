"""Broken: once poll() has seen data it keeps returning True, even after the data was received."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.poll.returns_bool"}


class StaleConnection(connection.Connection):
    _seen = False

    def poll(self, timeout=0.0):
        self._seen = self._seen or super().poll(timeout)
        return self._seen


_mirror.install(__name__, Pipe=_mirror.pipe(StaleConnection))
