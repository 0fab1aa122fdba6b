"""Broken: a SharedMemory attached with a size reports that size instead of the block's."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.sharedmemory.size_ignored_attach"}


class SharedMemory(stdlib_shared_memory.SharedMemory):
    def __init__(self, name=None, create=False, size=0, **kwargs):
        super().__init__(name, create, size, **kwargs)
        self._reported_size = size if size and not create else None

    @property
    def size(self):
        return self._reported_size or super().size


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, SharedMemory=SharedMemory)})
