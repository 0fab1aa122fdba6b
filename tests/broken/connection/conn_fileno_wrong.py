"""Broken: fileno() returns a descriptor of /dev/null instead of the one the connection uses."""

import os

from multiprocessing import connection
from multiprocessing.connection import wait as stdlib_wait

from tests.broken import _mirror

BREAKS = {"connection.fileno.returns_fd"}
_DEVNULL = os.open(os.devnull, os.O_RDONLY)


class DevNullConnection(connection.Connection):
    def fileno(self):
        super().fileno()
        return _DEVNULL

    def _poll(self, timeout):
        return bool(stdlib_wait([self._handle], timeout))


class _Handle:
    def __init__(self, obj):
        self.obj = obj

    def fileno(self):
        return self.obj._handle


def wait(object_list, timeout=None):
    """The stdlib wait(), given the descriptors the connections really use."""
    wrapped = [_Handle(o) if isinstance(o, DevNullConnection) else o for o in object_list]
    return [o.obj if isinstance(o, _Handle) else o for o in stdlib_wait(wrapped, timeout)]


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, wait=wait)}, Pipe=_mirror.pipe(DevNullConnection))
