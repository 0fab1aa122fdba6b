"""Broken: poll(timeout) with a number returns False LATE_BY s after the timeout."""

import time
from multiprocessing import connection

from tests.broken import _mirror
from tests.broken._late import LATE_BY

BREAKS = {"conn.poll.timeout_number"}


class LateConnection(connection.Connection):
    def poll(self, timeout=0.0):
        ready = super().poll(timeout)
        if not ready and timeout:
            time.sleep(LATE_BY)
        return ready


def _pipe(ctx):
    def Pipe(duplex=True):
        ends = ctx.Pipe(duplex)
        for end in ends:
            end.__class__ = LateConnection
        return ends
    return Pipe


_mirror.install(__name__, Pipe=_pipe)
