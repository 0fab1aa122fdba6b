"""Broken: Client() raises ValueError unless family is given, instead of inferring it from the address."""

from multiprocessing import connection
from multiprocessing.connection import Client as stdlib_client

from tests.broken import _mirror

BREAKS = {
    "listener.client.family_inferred",
    "listener.listener.default_family",
    "listener.address.af_unix",
    "listener.example.roundtrip",
}


def Client(address, family=None, authkey=None):
    if family is None:
        raise ValueError("family is required")
    return stdlib_client(address, family, authkey)


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, Client=Client)})
