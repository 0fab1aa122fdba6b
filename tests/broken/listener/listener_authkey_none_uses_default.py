"""Broken: Listener and Client with authkey None authenticate with current_process().authkey instead of not at all."""

from multiprocessing import connection, current_process
from multiprocessing.connection import Client as stdlib_client

from tests.broken import _mirror

# A side given no key now authenticates with the default one: it fails against a plain socket or a side given another key.
BREAKS = {
    "listener.listener.authkey_none_no_auth",
    "listener.client.authkey_none_no_auth",
    "listener.listener.last_accepted",
    "listener.listener.authkey",
    "listener.client.authkey_fail",
    "listener.authentication.authkey.both_ends_demand_proof",
}


class DefaultKeyListener(connection.Listener):
    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        super().__init__(address, family, backlog, bytes(current_process().authkey) if authkey is None else authkey)


def Client(address, family=None, authkey=None):
    return stdlib_client(address, family, bytes(current_process().authkey) if authkey is None else authkey)


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, Listener=DefaultKeyListener, Client=Client)})
