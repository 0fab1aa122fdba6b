"""Broken: ShareableList.format is the format of the values it was created with, not of those stored now."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.shareablelist.format"}


class ShareableList(stdlib_shared_memory.ShareableList):
    def __init__(self, sequence=None, *, name=None):
        super().__init__(sequence, name=name)
        self._first_format = super().format

    @property
    def format(self):
        return self._first_format


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, ShareableList=ShareableList)})
