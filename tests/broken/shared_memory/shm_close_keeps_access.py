"""Broken: SharedMemory.close() leaves the instance's buf readable."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.sharedmemory.close"}


class SharedMemory(stdlib_shared_memory.SharedMemory):
    def close(self):
        pass


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, SharedMemory=SharedMemory)})
