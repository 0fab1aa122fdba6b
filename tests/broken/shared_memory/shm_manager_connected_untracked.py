"""Broken: a SharedMemoryManager that connect()ed to a running one makes blocks that manager does not track."""

from multiprocessing import managers as stdlib_managers, shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.sharedmemorymanager.address_authkey"}


class SharedMemoryManager(stdlib_managers.SharedMemoryManager):
    _connected = False

    def connect(self):
        super().connect()
        self._connected = True

    def SharedMemory(self, size):
        if self._connected:
            return stdlib_shared_memory.SharedMemory(None, create=True, size=size)
        return super().SharedMemory(size)


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(stdlib_managers, SharedMemoryManager=SharedMemoryManager)})
