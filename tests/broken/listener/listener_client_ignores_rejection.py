"""Broken: Client() never raises AuthenticationError: it ignores a rejected answer and a wrong digest from the listener."""

from multiprocessing import AuthenticationError, connection
from multiprocessing.connection import Client as stdlib_client, answer_challenge, deliver_challenge

from tests.broken import _mirror

BREAKS = {
    "listener.client.authkey_fail",
    "listener.authentication.authkey.mismatch",
    "listener.authentication.authkey.both_ends_demand_proof",
}


def Client(address, family=None, authkey=None):
    if authkey is not None and not isinstance(authkey, bytes):
        raise TypeError("authkey should be a byte string")
    c = stdlib_client(address, family)
    if authkey is not None:
        for step in (answer_challenge, deliver_challenge):
            try:
                step(c, authkey)
            except AuthenticationError:
                pass
    return c


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, Client=Client)})
