"""Broken: Listener takes a string address beginning with two backslashes for an AF_UNIX path, not an AF_PIPE name."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"listener.address.backslashes_pipe", "listener.address.af_pipe"}


class UnixPathListener(connection.Listener):
    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        if family is None and isinstance(address, str):
            family = "AF_UNIX"
        super().__init__(address, family, backlog, authkey)


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, Listener=UnixPathListener)})
