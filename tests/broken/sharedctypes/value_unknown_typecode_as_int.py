"""Broken: Value and Array treat an unknown one-character typecode (such as 'x' or 'w') as 'i' instead of raising TypeError."""

from multiprocessing import sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.value_array.typecode.invalid_raises", "sharedctypes.array.typecode.w_unsupported"}


def _known(typecode_or_type):
    if isinstance(typecode_or_type, str) and typecode_or_type not in sharedctypes.typecode_to_type:
        return "i"
    return typecode_or_type


def _value(ctx):
    def Value(typecode_or_type, *args, lock=True):
        return sharedctypes.Value(_known(typecode_or_type), *args, lock=lock, ctx=ctx)
    return Value


def _array(ctx):
    def Array(typecode_or_type, size_or_initializer, *, lock=True):
        return sharedctypes.Array(_known(typecode_or_type), size_or_initializer, lock=lock, ctx=ctx)
    return Array


_mirror.install(__name__, Value=_value, Array=_array)
