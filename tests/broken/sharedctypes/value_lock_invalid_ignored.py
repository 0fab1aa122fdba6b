"""Broken: Value and Array given a lock without acquire() silently create their own lock instead of raising."""

from multiprocessing import sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.value.lock.invalid_raises", "sharedctypes.array.lock.invalid_raises"}


def _usable(lock):
    return lock if isinstance(lock, bool) or hasattr(lock, "acquire") else True


def _value(ctx):
    def Value(typecode_or_type, *args, lock=True):
        return sharedctypes.Value(typecode_or_type, *args, lock=_usable(lock), ctx=ctx)
    return Value


def _array(ctx):
    def Array(typecode_or_type, size_or_initializer, *, lock=True):
        return sharedctypes.Array(typecode_or_type, size_or_initializer, lock=_usable(lock), ctx=ctx)
    return Array


_mirror.install(__name__, Value=_value, Array=_array)
