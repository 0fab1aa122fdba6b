"""Broken: SharedMemory takes a size of 0 or less as 1 byte (creating) or no size (attaching) instead of raising ValueError."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.sharedmemory.size_invalid", "shared_memory.sharedmemory.size_default"}


class SharedMemory(stdlib_shared_memory.SharedMemory):
    def __init__(self, name=None, create=False, size=0, **kwargs):
        super().__init__(name, create, max(size, 1) if create else max(size, 0), **kwargs)


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, SharedMemory=SharedMemory)})
