"""Broken: Value and Array allocate their ctypes object in private memory, so a child's writes never reach the parent."""

from multiprocessing import sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.value.child.writes_visible", "sharedctypes.array.child.writes_visible", "sharedctypes.value.get_lock.atomic_increment", "sharedctypes.value.get_lock.waits_for_holder",
          "sharedctypes.value.lock.given_used", "sharedctypes.array.lock.given_used"}


def _value(ctx):
    def Value(typecode_or_type, *args, lock=True):
        type_ = sharedctypes.typecode_to_type.get(typecode_or_type, typecode_or_type)
        obj = type_(*args)
        return obj if lock is False else sharedctypes.synchronized(obj, ctx.RLock() if lock is True else lock, ctx=ctx)
    return Value


def _array(ctx):
    def Array(typecode_or_type, size_or_initializer, *, lock=True):
        type_ = sharedctypes.typecode_to_type.get(typecode_or_type, typecode_or_type)
        if isinstance(size_or_initializer, int):
            obj = (type_ * size_or_initializer)()
        else:
            obj = (type_ * len(size_or_initializer))(*size_or_initializer)
        return obj if lock is False else sharedctypes.synchronized(obj, ctx.RLock() if lock is True else lock, ctx=ctx)
    return Array


_mirror.install(__name__, Value=_value, Array=_array)
