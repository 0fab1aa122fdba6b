"""Broken: a child process unlinks at its exit every block it created or attached to."""

import contextlib

from multiprocessing import parent_process, shared_memory as stdlib_shared_memory, util

from tests.broken import _mirror

BREAKS = {"shared_memory.sharedmemory.outlives_creator", "shared_memory.sharedmemory.track_common_ancestor"}


def _unlink(name):
    with contextlib.suppress(FileNotFoundError):
        stdlib_shared_memory._posixshmem.shm_unlink(name)


class SharedMemory(stdlib_shared_memory.SharedMemory):
    def __init__(self, name=None, create=False, size=0, **kwargs):
        super().__init__(name, create, size, **kwargs)
        if parent_process() is not None:
            util.Finalize(None, _unlink, args=(self._name,), exitpriority=10)


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, SharedMemory=SharedMemory)})
