"""Broken: wait() returns the file descriptors of the ready objects instead of the objects themselves."""

from multiprocessing import connection
from multiprocessing.connection import wait as stdlib_wait

from tests.broken import _mirror

BREAKS = {
    "listener_client.wait.returns_ready", "listener_client.wait.timeout", "listener_client.wait.timeout_none",
    "listener_client.wait.negative_timeout", "listener_client.wait.accepted_objects",
    "listener_client.wait.ready_definition", "listener_client.wait.posix_no_eintr",
    "listener_client.wait.example_readers",
}


def wait(object_list, timeout=None):
    return [o.fileno() if hasattr(o, "fileno") else o for o in stdlib_wait(object_list, timeout)]


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, wait=wait)})
