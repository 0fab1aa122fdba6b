"""Broken: Listener(address) with a tuple address and family None takes the platform's default family, not AF_INET."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"listener.listener.family_inferred", "listener.example.roundtrip"}


class DefaultFamilyListener(connection.Listener):
    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        if family is None and isinstance(address, tuple):
            family = connection.default_family
        super().__init__(address, family, backlog, authkey)


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, Listener=DefaultFamilyListener)})
