"""Broken: ShareableList(sequence) stores a str sequence as one item instead of one item per character."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.shareablelist.sequence_populates"}
PARAMS = {"shared_memory.shareablelist.sequence_populates": ("str",)}


class ShareableList(stdlib_shared_memory.ShareableList):
    def __init__(self, sequence=None, *, name=None):
        super().__init__([sequence] if isinstance(sequence, str) else sequence, name=name)


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, ShareableList=ShareableList)})
