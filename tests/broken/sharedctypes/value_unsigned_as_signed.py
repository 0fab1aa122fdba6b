"""Broken: Value and Array map the unsigned typecodes 'I' and 'L' to signed ctypes types."""

import ctypes

from multiprocessing import sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.value.typecode.array_kinds", "sharedctypes.array.element.typecode_or_type"}
SIGNED = {"I": ctypes.c_int, "L": ctypes.c_long}


def _value(ctx):
    def Value(typecode_or_type, *args, lock=True):
        return sharedctypes.Value(SIGNED.get(typecode_or_type, typecode_or_type), *args, lock=lock, ctx=ctx)
    return Value


def _array(ctx):
    def Array(typecode_or_type, size_or_initializer, *, lock=True):
        return sharedctypes.Array(SIGNED.get(typecode_or_type, typecode_or_type), size_or_initializer, lock=lock, ctx=ctx)
    return Array


_mirror.install(__name__, Value=_value, Array=_array)
