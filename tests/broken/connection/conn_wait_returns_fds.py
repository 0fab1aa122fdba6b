"""Broken: wait() returns the file descriptors of the ready objects instead of the objects themselves."""

from multiprocessing import connection
from multiprocessing.connection import wait as stdlib_wait

from tests.broken import _mirror

BREAKS = {
    "connection.wait.returns_ready", "connection.wait.timeout", "connection.wait.timeout_none",
    "connection.wait.negative_timeout", "connection.wait.accepted_objects",
    "connection.wait.ready_definition", "connection.wait.posix_no_eintr",
    "connection.wait.example_readers",
}


def wait(object_list, timeout=None):
    return [o.fileno() if hasattr(o, "fileno") else o for o in stdlib_wait(object_list, timeout)]


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, wait=wait)})
