"""Broken: SharedMemory.close() also destroys the block."""

import contextlib

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

# A child that closes a block destroys it for its parent too; unlink() after close() finds nothing.
BREAKS = {
    "shared_memory.sharedmemory.close_not_free",
    "shared_memory.sharedmemory.unlink_any_process",
    "shared_memory.sharedmemory.unlink_close_order",
    "shared_memory.sharedmemory.outlives_creator",
    "shared_memory.sharedmemory.track_common_ancestor",
}
PARAMS = {"shared_memory.sharedmemory.unlink_close_order": ("close-unlink",)}  # unlink first: nothing left to unlink


class SharedMemory(stdlib_shared_memory.SharedMemory):
    def close(self):
        super().close()
        with contextlib.suppress(FileNotFoundError):
            self.unlink()


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, SharedMemory=SharedMemory)})
