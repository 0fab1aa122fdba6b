"""Broken: Value and Array with lock=False still return a synchronized wrapper instead of the raw ctypes object."""

from multiprocessing import sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.value.lock.false_raw", "sharedctypes.array.lock.false_raw"}


def _value(ctx):
    def Value(typecode_or_type, *args, lock=True):
        return sharedctypes.Value(typecode_or_type, *args, lock=True if lock is False else lock, ctx=ctx)
    return Value


def _array(ctx):
    def Array(typecode_or_type, size_or_initializer, *, lock=True):
        return sharedctypes.Array(typecode_or_type, size_or_initializer, lock=True if lock is False else lock, ctx=ctx)
    return Array


_mirror.install(__name__, Value=_value, Array=_array)
