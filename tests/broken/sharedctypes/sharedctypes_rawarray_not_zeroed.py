"""Broken: sharedctypes.RawArray of a given integer size starts with every byte 1 instead of zeroed."""

import ctypes

from multiprocessing import sharedctypes as stdlib_sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.module.inherited_by_children", "sharedctypes.rawarray.c_char_value_raw",
          "sharedctypes.rawarray.size_or_initializer", "sharedctypes.table.rawarray_size"}


def RawArray(typecode_or_type, size_or_initializer):
    a = stdlib_sharedctypes.RawArray(typecode_or_type, size_or_initializer)
    if isinstance(size_or_initializer, int):
        ctypes.memset(ctypes.addressof(a), 1, ctypes.sizeof(a))
    return a


_mirror.install(__name__, submodules={"sharedctypes": _mirror.patched_module(stdlib_sharedctypes, RawArray=RawArray)})
