"""Broken: SharedMemory ignores track=False and always registers the block with the resource tracker."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.sharedmemory.track_false"}


class SharedMemory(stdlib_shared_memory.SharedMemory):
    def __init__(self, name=None, create=False, size=0, *, track=True):
        super().__init__(name, create, size)


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, SharedMemory=SharedMemory)})
