"""Broken: Value passes only the first of *args to the type's constructor."""

from multiprocessing import sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.value.args.constructor", "sharedctypes.value.type.ctypes_type"}


def _value(ctx):
    def Value(typecode_or_type, *args, lock=True):
        return sharedctypes.Value(typecode_or_type, *args[:1], lock=lock, ctx=ctx)
    return Value


_mirror.install(__name__, Value=_value)
