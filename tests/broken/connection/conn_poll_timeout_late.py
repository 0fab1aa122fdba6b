"""Broken: poll(timeout) with a number returns False LATE_BY s after the timeout."""

import time
from multiprocessing import connection

from tests.broken import _mirror
from tests.broken._late import LATE_BY

BREAKS = {"connection.poll.timeout_number"}


class LateConnection(connection.Connection):
    def poll(self, timeout=0.0):
        ready = super().poll(timeout)
        if not ready and timeout:
            time.sleep(LATE_BY)
        return ready


_mirror.install(__name__, Pipe=_mirror.pipe(LateConnection))
