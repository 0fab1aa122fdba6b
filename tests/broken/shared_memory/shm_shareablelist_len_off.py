"""Broken: len() of a ShareableList counts one item too many."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.shareablelist.len_types"}


class ShareableList(stdlib_shared_memory.ShareableList):
    _extra = 0

    def __init__(self, sequence=None, *, name=None):
        super().__init__(sequence, name=name)
        self._extra = 1

    def __len__(self):
        return super().__len__() + self._extra


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, ShareableList=ShareableList)})
