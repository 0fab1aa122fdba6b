"""Broken: Connections from Listener.accept() and Client() stay open at the end of a with block."""

from multiprocessing import connection
from multiprocessing.connection import Client as stdlib_client

from tests.broken import _mirror

BREAKS = {"listener.connection.context_manager"}


class KeepOpenConnection(connection.Connection):
    def __exit__(self, *exc):
        pass


def _keep_open(conn):
    conn.__class__ = KeepOpenConnection
    return conn


class KeepOpenListener(connection.Listener):
    def accept(self):
        return _keep_open(super().accept())


def Client(address, family=None, authkey=None):
    return _keep_open(stdlib_client(address, family, authkey))


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, Listener=KeepOpenListener, Client=Client)})
