"""Broken: a ShareableList attached by name works on a private copy of the values."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.shareablelist.cross_process", "shared_memory.pickle.reattaches"}


class ShareableList(stdlib_shared_memory.ShareableList):
    def __init__(self, sequence=None, *, name=None):
        super().__init__(sequence, name=name)
        if sequence is None:
            self.shm = _PrivateCopy(self.shm)


class _PrivateCopy:
    """The block's name, close() and unlink(), with a buf of its own."""

    def __init__(self, shm):
        self._shm = shm
        self.buf = memoryview(bytearray(shm.buf))

    def __getattr__(self, name):
        return getattr(self._shm, name)


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, ShareableList=ShareableList)})
