"""Broken: Listener.accept() returns a stand-in that forwards to a Connection but is not one."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"listener.listener.accept"}


class StandIn:
    def __init__(self, conn):
        self._conn = conn

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._conn.close()


class StandInListener(connection.Listener):
    def accept(self):
        return StandIn(super().accept())


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, Listener=StandInListener)})
