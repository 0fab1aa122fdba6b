"""Broken: sharedctypes.RawArray given a ctypes type (not a typecode) always makes an array of c_int."""

import ctypes

from multiprocessing import sharedctypes as stdlib_sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.rawarray.returns", "sharedctypes.table.rawarray_size"}


def RawArray(typecode_or_type, size_or_initializer):
    return stdlib_sharedctypes.RawArray(ctypes.c_int if isinstance(typecode_or_type, type) else typecode_or_type, size_or_initializer)


_mirror.install(__name__, submodules={"sharedctypes": _mirror.patched_module(stdlib_sharedctypes, RawArray=RawArray)})
