"""Broken: attaching to a name no block has gives an instance on private zeroed memory instead of raising FileNotFoundError."""

import mmap
import os

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

# Every test that checks a block is gone does so by attaching to its name.
BREAKS = {
    "shared_memory.sharedmemory.attach_missing",
    "shared_memory.sharedmemory.unlink",
    "shared_memory.sharedmemory.unlink_any_process",
    "shared_memory.sharedmemory.unlink_close_order",
    "shared_memory.sharedmemory.track_default",
    "shared_memory.sharedmemory.track_foreign_process",
    "shared_memory.sharedmemorymanager.shutdown_unlinks",
    "shared_memory.sharedmemorymanager.context_manager",
    "shared_memory.sharedmemorymanager.address_authkey",
}


class SharedMemory(stdlib_shared_memory.SharedMemory):
    _private = False

    def __init__(self, name=None, create=False, size=0, **kwargs):
        try:
            super().__init__(name, create, size, **kwargs)
        except FileNotFoundError:
            self._private = True
            self._name = "/" + name
            self._flags = os.O_RDWR
            self._size = max(size, 1)
            self._mmap = mmap.mmap(-1, self._size)
            self._buf = memoryview(self._mmap)

    def unlink(self):
        if not self._private:
            super().unlink()


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, SharedMemory=SharedMemory)})
