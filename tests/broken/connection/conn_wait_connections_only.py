"""Broken: wait() accepts only Connection objects and raises TypeError for sockets and sentinels."""

from multiprocessing import connection
from multiprocessing.connection import wait as stdlib_wait

from tests.broken import _mirror

BREAKS = {"connection.wait.accepted_objects", "connection.wait.ready_definition"}


def wait(object_list, timeout=None):
    for obj in object_list:
        if not isinstance(obj, connection.Connection):
            raise TypeError(f"wait() takes Connection objects, not {type(obj).__name__}")
    return stdlib_wait(object_list, timeout)


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, wait=wait)})
