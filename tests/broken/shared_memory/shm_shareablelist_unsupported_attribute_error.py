"""Broken: ShareableList fails on a value of an unsupported type with AttributeError, as from a bug (it encodes the
value as if it were a str), instead of refusing it."""

from multiprocessing import shared_memory as stdlib_shared_memory

from tests.broken import _mirror

BREAKS = {"shared_memory.shareablelist.unsupported_type"}


class ShareableList(stdlib_shared_memory.ShareableList):
    def __init__(self, sequence=None, *, name=None):
        for value in sequence or ():
            _check(value)
        super().__init__(sequence, name=name)

    def __setitem__(self, position, value):
        _check(value)
        super().__setitem__(position, value)


def _check(value):
    if not (value is None or isinstance(value, (int, float, bool, str, bytes))):
        value.encode()


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(stdlib_shared_memory, ShareableList=ShareableList)})
