"""Broken: poll() returns False at end of file (the other end closed, nothing left) instead of True."""

import os
import socket

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.poll.eof_ready"}


class EOFBlindConnection(connection.Connection):
    def poll(self, timeout=0.0):
        if not super().poll(timeout):
            return False
        with socket.socket(fileno=os.dup(self.fileno())) as s:
            return s.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) != b""


_mirror.install(__name__, Pipe=_mirror.pipe(EOFBlindConnection))
