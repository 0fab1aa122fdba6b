"""Broken: Client() returns a stand-in that forwards to a Connection but is not one."""

from multiprocessing import connection
from multiprocessing.connection import Client as stdlib_client

from tests.broken import _mirror

BREAKS = {"listener.client.returns_connection"}


class StandIn:
    def __init__(self, conn):
        self._conn = conn

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._conn.close()


def Client(address, family=None, authkey=None):
    return StandIn(stdlib_client(address, family, authkey))


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, Client=Client)})
