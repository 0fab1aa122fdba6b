"""Broken: SharedMemoryManager.SharedMemory(size) creates a block of half the size."""

from multiprocessing import managers as stdlib_managers

from tests.broken import _mirror

BREAKS = {"shared_memory.sharedmemorymanager.sharedmemory"}


class SharedMemoryManager(stdlib_managers.SharedMemoryManager):
    def SharedMemory(self, size):
        return super().SharedMemory(max(size // 2, 1))


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(stdlib_managers, SharedMemoryManager=SharedMemoryManager)})
