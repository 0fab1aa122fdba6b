"""Broken: Listener() with neither address nor family raises ValueError instead of choosing a default family."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"listener.listener.default_family"}


class NoDefaultListener(connection.Listener):
    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        if address is None and family is None:
            raise ValueError("give an address or a family")
        super().__init__(address, family, backlog, authkey)


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, Listener=NoDefaultListener)})
