"""Broken: repr() of a ShareableList omits the block's name."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.shareablelist.repr"}


class ShareableList(stdlib_shared_memory.ShareableList):
    def __repr__(self):
        return f"ShareableList({list(self)})"


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, ShareableList=ShareableList)})
