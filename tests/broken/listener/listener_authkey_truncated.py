"""Broken: a Listener authenticates with only the first 16 bytes of its authkey, so longer keys never match a Client's."""

from multiprocessing import connection

from tests.broken import _mirror

# current_process().authkey is 32 random bytes too.
BREAKS = {"listener.authentication.authkey.urandom", "listener.authentication.authkey.shared_by_default"}


class TruncatingListener(connection.Listener):
    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        super().__init__(address, family, backlog, None if authkey is None else bytes(authkey[:16]))


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, Listener=TruncatingListener)})
