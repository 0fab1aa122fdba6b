"""Broken: ShareableList truncates a str or bytes too large for the item's storage instead of raising ValueError."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.shareablelist.too_large"}


class ShareableList(stdlib_shared_memory.ShareableList):
    def __setitem__(self, position, value):
        try:
            super().__setitem__(position, value)
        except ValueError:
            super().__setitem__(position, value[:1])


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, ShareableList=ShareableList)})
