"""Broken: SharedMemory.unlink() on an open instance waits for its close() to destroy the block."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.sharedmemory.unlink"}


class SharedMemory(stdlib_shared_memory.SharedMemory):
    _unlink_at_close = False

    def unlink(self):
        if self._mmap is not None:
            self._unlink_at_close = True
        else:
            super().unlink()

    def close(self):
        super().close()
        if self._unlink_at_close:
            self._unlink_at_close = False
            super().unlink()


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, SharedMemory=SharedMemory)})
