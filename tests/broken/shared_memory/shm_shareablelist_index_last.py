"""Broken: ShareableList.index() returns the last position of a value instead of the first."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.shareablelist.index"}


class ShareableList(stdlib_shared_memory.ShareableList):
    def index(self, value):
        super().index(value)
        return len(self) - 1 - list(reversed(list(self))).index(value)


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, ShareableList=ShareableList)})
