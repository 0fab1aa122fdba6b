"""Broken: ShareableList ignores the name it is given when it creates a block."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.shareablelist.name"}


class ShareableList(stdlib_shared_memory.ShareableList):
    def __init__(self, sequence=None, *, name=None):
        super().__init__(sequence, name=None if sequence is not None else name)


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, ShareableList=ShareableList)})
