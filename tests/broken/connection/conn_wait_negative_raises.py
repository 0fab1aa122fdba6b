"""Broken: wait() with a negative timeout raises ValueError instead of acting as a zero timeout."""

from multiprocessing import connection
from multiprocessing.connection import wait as stdlib_wait

from tests.broken import _mirror

BREAKS = {"connection.wait.negative_timeout"}


def wait(object_list, timeout=None):
    if timeout is not None and timeout < 0:
        raise ValueError("timeout must be non-negative")
    return stdlib_wait(object_list, timeout)


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, wait=wait)})
