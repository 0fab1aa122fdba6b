"""Broken: wait() leaves out sockets and socket-based connections at end of file: only data counts as ready."""

import os
import socket

from multiprocessing import connection
from multiprocessing.connection import wait as stdlib_wait

from tests.broken import _mirror

BREAKS = {"connection.wait.ready_definition"}


def _at_eof(obj):
    fd = os.dup(obj if isinstance(obj, int) else obj.fileno())
    try:
        s = socket.socket(fileno=fd)
    except OSError:
        os.close(fd)
        return False
    with s:
        try:
            return s.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
        except BlockingIOError:
            return False


def wait(object_list, timeout=None):
    return [o for o in stdlib_wait(object_list, timeout) if not _at_eof(o)]


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, wait=wait)})
