"""Broken: slicing a ShareableList creates a new ShareableList."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.shareablelist.fixed_length"}


class ShareableList(stdlib_shared_memory.ShareableList):
    def __getitem__(self, position):
        if isinstance(position, slice):
            return ShareableList([self[i] for i in range(len(self))[position]])
        return super().__getitem__(position)


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, ShareableList=ShareableList)})
