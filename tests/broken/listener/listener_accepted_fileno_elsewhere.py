"""Broken: a Connection from Listener.accept() gives wait() the listening socket's descriptor instead of its own."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"listener.accepted.waitable"}


class ElsewhereConnection(connection.Connection):
    elsewhere = None

    def fileno(self):
        super().fileno()
        return self.elsewhere


class ElsewhereListener(connection.Listener):
    def accept(self):
        conn = super().accept()
        conn.__class__ = ElsewhereConnection
        conn.elsewhere = self._listener._socket.fileno()
        return conn


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, Listener=ElsewhereListener)})
