"""Broken: Value and Array given the ctypes type c_double make c_float objects instead."""

import ctypes

from multiprocessing import sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.value.type.ctypes_type", "sharedctypes.array.element.typecode_or_type"}


def _type(typecode_or_type):
    return ctypes.c_float if typecode_or_type is ctypes.c_double else typecode_or_type


def _value(ctx):
    def Value(typecode_or_type, *args, lock=True):
        return sharedctypes.Value(_type(typecode_or_type), *args, lock=lock, ctx=ctx)
    return Value


def _array(ctx):
    def Array(typecode_or_type, size_or_initializer, *, lock=True):
        return sharedctypes.Array(_type(typecode_or_type), size_or_initializer, lock=lock, ctx=ctx)
    return Array


_mirror.install(__name__, Value=_value, Array=_array)
