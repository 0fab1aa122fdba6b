"""Broken: SharedMemory never registers a block with the resource tracker, whatever track says."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.sharedmemory.track_default", "shared_memory.sharedmemory.track_foreign_process"}


class SharedMemory(stdlib_shared_memory.SharedMemory):
    def __init__(self, name=None, create=False, size=0, *, track=True):
        super().__init__(name, create, size, track=False)


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, SharedMemory=SharedMemory)})
