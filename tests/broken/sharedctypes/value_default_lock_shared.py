"""Broken: every Value and Array made with lock=True shares one RLock instead of getting a new one."""

from multiprocessing import sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.value.lock.default_recursive", "sharedctypes.array.lock.default_new"}
_SHARED = {}


def _lock(ctx, lock):
    if lock is True:
        return _SHARED.setdefault(ctx.get_start_method(), ctx.RLock())
    return lock


def _value(ctx):
    def Value(typecode_or_type, *args, lock=True):
        return sharedctypes.Value(typecode_or_type, *args, lock=_lock(ctx, lock), ctx=ctx)
    return Value


def _array(ctx):
    def Array(typecode_or_type, size_or_initializer, *, lock=True):
        return sharedctypes.Array(typecode_or_type, size_or_initializer, lock=_lock(ctx, lock), ctx=ctx)
    return Array


_mirror.install(__name__, Value=_value, Array=_array)
