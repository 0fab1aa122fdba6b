"""Broken: SharedMemory's name and size can be assigned."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.sharedmemory.name_attr", "shared_memory.sharedmemory.size_attr"}


class SharedMemory(stdlib_shared_memory.SharedMemory):
    name = property(stdlib_shared_memory.SharedMemory.name.fget, lambda self, value: setattr(self, "_name", "/" + value))
    size = property(stdlib_shared_memory.SharedMemory.size.fget, lambda self, value: setattr(self, "_size", value))


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, SharedMemory=SharedMemory)})
