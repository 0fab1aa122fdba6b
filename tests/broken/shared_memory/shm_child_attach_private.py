"""Broken: a SharedMemory attached in a child process maps a private copy of the block, so the child's writes stay its own."""

import mmap

from multiprocessing import parent_process, shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.sharedmemory.child_writes", "shared_memory.sharedmemory.track_common_ancestor"}


class SharedMemory(stdlib_shared_memory.SharedMemory):
    def __init__(self, name=None, create=False, size=0, **kwargs):
        super().__init__(name, create, size, **kwargs)
        if not create and parent_process() is not None:
            self._buf.release()
            self._mmap.close()
            self._mmap = mmap.mmap(self._fd, self._size, flags=mmap.MAP_PRIVATE)
            self._buf = memoryview(self._mmap)


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, SharedMemory=SharedMemory)})
