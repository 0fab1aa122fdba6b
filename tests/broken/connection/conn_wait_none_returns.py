"""Broken: wait() with timeout None returns at once instead of blocking until an object is ready."""

from multiprocessing import connection
from multiprocessing.connection import wait as stdlib_wait

from tests.broken import _mirror

BREAKS = {"connection.wait.timeout_none"}


def wait(object_list, timeout=None):
    return stdlib_wait(object_list, 0 if timeout is None else timeout)


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, wait=wait)})
