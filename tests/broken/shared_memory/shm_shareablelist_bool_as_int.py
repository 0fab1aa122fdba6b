"""Broken: ShareableList reads bools back as ints."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.shareablelist.types"}


class ShareableList(stdlib_shared_memory.ShareableList):
    def __getitem__(self, position):
        value = super().__getitem__(position)
        return int(value) if isinstance(value, bool) else value


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, ShareableList=ShareableList)})
