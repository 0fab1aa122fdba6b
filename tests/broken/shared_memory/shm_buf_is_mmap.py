"""Broken: SharedMemory.buf is the mmap object itself, not a memoryview."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.sharedmemory.buf"}


class SharedMemory(stdlib_shared_memory.SharedMemory):
    @property
    def buf(self):
        return self._mmap


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, SharedMemory=SharedMemory)})
