"""Broken: SharedMemory.unlink() does nothing in a child process, only in the main one."""

from multiprocessing import parent_process, shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.sharedmemory.unlink_any_process"}


class SharedMemory(stdlib_shared_memory.SharedMemory):
    def unlink(self):
        if parent_process() is None:
            super().unlink()


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, SharedMemory=SharedMemory)})
