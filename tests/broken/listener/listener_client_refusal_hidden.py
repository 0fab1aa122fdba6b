"""Broken: Client() to an address nobody listens at returns an unconnected Connection instead of raising."""

from multiprocessing import connection
from multiprocessing.connection import Client as stdlib_client, Pipe as stdlib_pipe

from tests.broken import _mirror

BREAKS = {"listener.client.refused"}


def Client(address, family=None, authkey=None):
    try:
        return stdlib_client(address, family, authkey)
    except ConnectionRefusedError:
        return stdlib_pipe()[0]


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, Client=Client)})
