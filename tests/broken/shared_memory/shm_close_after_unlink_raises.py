"""Broken: SharedMemory.close() after unlink() raises, so the two cannot be called in either order."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

# The unlink test closes the instance it unlinked, too.
BREAKS = {"shared_memory.sharedmemory.unlink_close_order", "shared_memory.sharedmemory.unlink"}


class SharedMemory(stdlib_shared_memory.SharedMemory):
    _unlinked = False

    def unlink(self):
        super().unlink()
        self._unlinked = True

    def close(self):
        super().close()
        if self._unlinked:
            raise OSError(f"{self.name!r} was unlinked before close()")


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, SharedMemory=SharedMemory)})
