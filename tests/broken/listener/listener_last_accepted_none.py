"""Broken: Listener.last_accepted is always None."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"listener.listener.last_accepted", "listener.example.roundtrip"}


class ForgetfulListener(connection.Listener):
    @property
    def last_accepted(self):
        return None


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, Listener=ForgetfulListener)})
