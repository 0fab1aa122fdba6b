"""Broken: after close() every method of the connection quietly returns None instead of raising OSError."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.closed.use_raises", "connection.context_manager.closes"}
METHODS = ("send", "send_bytes", "recv", "recv_bytes", "recv_bytes_into", "poll", "fileno")


def _quiet_when_closed(name):
    method = getattr(connection.Connection, name)

    def quiet(self, *args, **kwargs):
        return None if self.closed else method(self, *args, **kwargs)
    return quiet


QuietConnection = type("QuietConnection", (connection.Connection,), {name: _quiet_when_closed(name) for name in METHODS})


_mirror.install(__name__, Pipe=_mirror.pipe(QuietConnection))
