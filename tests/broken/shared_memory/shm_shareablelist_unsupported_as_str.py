"""Broken: ShareableList stores a value of an unsupported type as its repr() instead of refusing it."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.shareablelist.unsupported_type"}


class ShareableList(stdlib_shared_memory.ShareableList):
    def __init__(self, sequence=None, *, name=None):
        if sequence is not None:
            sequence = [_supported(v) for v in sequence]
        super().__init__(sequence, name=name)

    def __setitem__(self, position, value):
        super().__setitem__(position, _supported(value))


def _supported(value):
    return value if value is None or isinstance(value, (int, float, bool, str, bytes)) else repr(value)


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, ShareableList=ShareableList)})
