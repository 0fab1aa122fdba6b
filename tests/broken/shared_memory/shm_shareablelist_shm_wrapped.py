"""Broken: ShareableList.shm is a wrapper around the SharedMemory instance, not the instance."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.shareablelist.shm"}


class ShareableList(stdlib_shared_memory.ShareableList):
    def __init__(self, sequence=None, *, name=None):
        super().__init__(sequence, name=name)
        self.shm = _Wrapper(self.shm)


class _Wrapper:
    def __init__(self, shm):
        self._shm = shm

    def __getattr__(self, name):
        return getattr(self._shm, name)


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, ShareableList=ShareableList)})
