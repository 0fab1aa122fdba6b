"""Broken: wait() takes its timeout in milliseconds, so wait(objects, 30.0) gives up after 0.03 s."""

from multiprocessing import connection
from multiprocessing.connection import wait as stdlib_wait

from tests.broken import _mirror

BREAKS = {"connection.wait.timeout", "connection.wait.posix_no_eintr"}


def wait(object_list, timeout=None):
    return stdlib_wait(object_list, None if timeout is None else timeout / 1000)


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, wait=wait)})
