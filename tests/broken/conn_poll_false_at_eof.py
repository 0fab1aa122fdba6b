"""Broken: poll() returns False at end of file (the other end closed, nothing left) instead of True."""

import os
import socket

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"conn.poll.eof_ready"}


class EOFBlindConnection(connection.Connection):
    def poll(self, timeout=0.0):
        if not super().poll(timeout):
            return False
        with socket.socket(fileno=os.dup(self.fileno())) as s:
            return s.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) != b""


def _pipe(ctx):
    def Pipe(duplex=True):
        ends = ctx.Pipe(duplex)
        for end in ends:
            end.__class__ = EOFBlindConnection
        return ends
    return Pipe


_mirror.install(__name__, Pipe=_pipe)
