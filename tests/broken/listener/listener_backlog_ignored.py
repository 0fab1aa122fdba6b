"""Broken: Listener ignores backlog and always listens with a backlog of 8."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"listener.listener.backlog_default"}


class FixedBacklogListener(connection.Listener):
    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        super().__init__(address, family, 8, authkey)


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, Listener=FixedBacklogListener)})
