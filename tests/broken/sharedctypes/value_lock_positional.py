"""Broken: Value and Array take a trailing positional True/False as the lock, which is documented keyword-only."""

from multiprocessing import sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.value.lock.keyword_only", "sharedctypes.array.lock.keyword_only"}


def _value(ctx):
    def Value(typecode_or_type, *args, lock=True):
        if args and isinstance(args[-1], bool):
            args, lock = args[:-1], args[-1]
        return sharedctypes.Value(typecode_or_type, *args, lock=lock, ctx=ctx)
    return Value


def _array(ctx):
    def Array(typecode_or_type, size_or_initializer, lock=True):
        return sharedctypes.Array(typecode_or_type, size_or_initializer, lock=lock, ctx=ctx)
    return Array


_mirror.install(__name__, Value=_value, Array=_array)
