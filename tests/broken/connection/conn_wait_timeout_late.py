"""Broken: wait(object_list, timeout) with nothing ready returns [] LATE_BY s after the timeout."""

import time
from multiprocessing import connection
from multiprocessing.connection import wait as stdlib_wait

from tests.broken import _mirror
from tests.broken._late import LATE_BY

BREAKS = {"connection.wait.timeout"}


def wait(object_list, timeout=None):
    ready = stdlib_wait(object_list, timeout)
    if not ready and timeout is not None and timeout > 0:
        time.sleep(LATE_BY)
    return ready


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, wait=wait)})
