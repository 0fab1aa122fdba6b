"""Broken: SharedMemory with name None always uses the same name (one per process) instead of a novel one."""

import os

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.sharedmemory.name_generated"}


class SharedMemory(stdlib_shared_memory.SharedMemory):
    def __init__(self, name=None, create=False, size=0, **kwargs):
        if name is None and create:
            name = f"mpc_fixed_{os.getpid()}"
        super().__init__(name, create, size, **kwargs)


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, SharedMemory=SharedMemory)})
