"""Broken: SharedMemory creates a block one byte smaller than the size requested."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.sharedmemory.size_rounded"}
PARAMS = {"shared_memory.sharedmemory.size_rounded": ("10", "4097")}  # size 1 is left alone: 0 bytes are refused


class SharedMemory(stdlib_shared_memory.SharedMemory):
    def __init__(self, name=None, create=False, size=0, **kwargs):
        super().__init__(name, create, size - 1 if create and size > 1 else size, **kwargs)


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, SharedMemory=SharedMemory)})
