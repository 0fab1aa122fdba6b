"""Broken: Value and Array return the raw ctypes object by default, synchronizing only with a lock passed explicitly."""

from multiprocessing import sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.array.c_char.value_raw", "sharedctypes.array.create.synchronized_wrapper", "sharedctypes.array.element.typecode_or_type",
          "sharedctypes.array.lock.default_new", "sharedctypes.value.create.synchronized_wrapper", "sharedctypes.value.get_lock.atomic_increment", "sharedctypes.value.get_lock.waits_for_holder",
          "sharedctypes.value.lock.default_recursive", "sharedctypes.value.lock.keyword_only", "sharedctypes.value.type.ctypes_type",
          "sharedctypes.value.typecode.array_kinds"}


def _value(ctx):
    def Value(typecode_or_type, *args, lock=True):
        return sharedctypes.Value(typecode_or_type, *args, lock=False if lock is True else lock, ctx=ctx)
    return Value


def _array(ctx):
    def Array(typecode_or_type, size_or_initializer, *, lock=True):
        return sharedctypes.Array(typecode_or_type, size_or_initializer, lock=False if lock is True else lock, ctx=ctx)
    return Array


_mirror.install(__name__, Value=_value, Array=_array)
