"""Broken: SharedMemory's create defaults to True, so SharedMemory(name) tries to create a block."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.sharedmemory.create_default", "shared_memory.sharedmemory.cross_instance"}


class SharedMemory(stdlib_shared_memory.SharedMemory):
    def __init__(self, name=None, create=True, size=0, **kwargs):
        super().__init__(name, create, size, **kwargs)


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, SharedMemory=SharedMemory)})
