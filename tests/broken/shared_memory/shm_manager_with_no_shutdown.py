"""Broken: leaving a SharedMemoryManager's with block does not shut it down (only its garbage collection does)."""

from multiprocessing import managers as stdlib_managers

from tests.broken import _mirror

BREAKS = {"shared_memory.sharedmemorymanager.context_manager"}


class SharedMemoryManager(stdlib_managers.SharedMemoryManager):
    def __exit__(self, exc_type, exc_val, exc_tb):
        pass


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(stdlib_managers, SharedMemoryManager=SharedMemoryManager)})
