"""Broken: ShareableList.count() returns 1 for a value present more than once."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.shareablelist.count"}


class ShareableList(stdlib_shared_memory.ShareableList):
    def count(self, value):
        return min(super().count(value), 1)


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, ShareableList=ShareableList)})
