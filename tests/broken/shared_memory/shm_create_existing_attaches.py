"""Broken: SharedMemory(name, create=True) with an existing block's name attaches to it instead of raising FileExistsError."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.sharedmemory.create_existing"}


class SharedMemory(stdlib_shared_memory.SharedMemory):
    def __init__(self, name=None, create=False, size=0, **kwargs):
        try:
            super().__init__(name, create, size, **kwargs)
        except FileExistsError:
            self._flags = stdlib_shared_memory.SharedMemory._flags  # the failed create left its flags behind
            super().__init__(name, False, size, **kwargs)


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, SharedMemory=SharedMemory)})
