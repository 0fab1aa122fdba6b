"""Broken: Listener and Client accept a str authkey (encoded as UTF-8) instead of raising TypeError."""

from multiprocessing import connection
from multiprocessing.connection import Client as stdlib_client

from tests.broken import _mirror

BREAKS = {"listener.authentication.authkey.bytes_only"}


def _encoded(authkey):
    return authkey.encode() if isinstance(authkey, str) else authkey


class StrKeyListener(connection.Listener):
    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        super().__init__(address, family, backlog, _encoded(authkey))


def Client(address, family=None, authkey=None):
    return stdlib_client(address, family, _encoded(authkey))


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, Listener=StrKeyListener, Client=Client)})
