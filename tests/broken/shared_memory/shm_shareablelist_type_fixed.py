"""Broken: ShareableList refuses to give an item a value of another type."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.shareablelist.change_type", "shared_memory.shareablelist.format"}


class ShareableList(stdlib_shared_memory.ShareableList):
    def __setitem__(self, position, value):
        held = type(self[position])
        if type(value) is not held and type(value) in self._types_mapping:  # what it cannot store is refused as before
            raise TypeError(f"item {position} holds a {held.__name__}")
        super().__setitem__(position, value)


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, ShareableList=ShareableList)})
