"""Broken: Listener.accept() sends its challenge but welcomes the client whatever digest it replies."""

from multiprocessing import AuthenticationError, connection
from multiprocessing.connection import answer_challenge as stdlib_answer_challenge, deliver_challenge as stdlib_deliver_challenge

from tests.broken import _mirror

BREAKS = {"listener.listener.authkey"}
_FAILURE = getattr(connection, "_FAILURE", None) or connection.FAILURE
_WELCOME = getattr(connection, "_WELCOME", None) or connection.WELCOME


class Welcoming:
    """A connection that sends the welcome message where the failure message was meant."""

    def __init__(self, conn):
        self._conn = conn

    def send_bytes(self, data):
        self._conn.send_bytes(_WELCOME if data == _FAILURE else data)

    def recv_bytes(self, *args):
        return self._conn.recv_bytes(*args)


class WelcomingListener(connection.Listener):
    def accept(self):
        if self._listener is None:
            raise OSError("listener is closed")
        c = self._listener.accept()
        if self._authkey is not None:
            try:
                stdlib_deliver_challenge(Welcoming(c), self._authkey)
            except AuthenticationError:
                pass
            stdlib_answer_challenge(c, self._authkey)
        return c


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, Listener=WelcomingListener)})
