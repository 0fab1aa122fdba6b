"""Broken: wait() looks whether an object became ready only every LATE_BY s."""

from multiprocessing import connection
from multiprocessing.connection import wait as stdlib_wait

from tests.broken import _mirror
from tests.broken._late import drowsy

BREAKS = {"connection.wait.timeout", "connection.wait.timeout_none"}


def wait(object_list, timeout=None):
    return drowsy(lambda: stdlib_wait(object_list, 0), timeout)


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, wait=wait)})
