"""Broken: sharedctypes.RawArray initialized from a tuple drops the tuple's last item."""

from multiprocessing import sharedctypes as stdlib_sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.rawarray.size_or_initializer", "sharedctypes.table.rawarray_init"}


def RawArray(typecode_or_type, size_or_initializer):
    if isinstance(size_or_initializer, tuple):
        size_or_initializer = size_or_initializer[:-1]
    return stdlib_sharedctypes.RawArray(typecode_or_type, size_or_initializer)


_mirror.install(__name__, submodules={"sharedctypes": _mirror.patched_module(stdlib_sharedctypes, RawArray=RawArray)})
