"""Broken: Listener(family='AF_UNIX') without an address binds in the shared temporary directory, not a private one."""

import tempfile

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"listener.listener.af_unix_tempdir"}


class SharedTmpListener(connection.Listener):
    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        if address is None and family == "AF_UNIX":
            address = tempfile.mktemp(prefix="listener-", dir=tempfile.gettempdir())
        super().__init__(address, family, backlog, authkey)


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, Listener=SharedTmpListener)})
