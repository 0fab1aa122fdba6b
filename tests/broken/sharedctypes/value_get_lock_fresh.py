"""Broken: Value.get_lock() returns a new RLock on each call instead of the lock that guards the value."""

from multiprocessing import sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.value.get_lock.waits_for_holder", "sharedctypes.value.lock.given_used", "sharedctypes.value.get_lock.atomic_increment"}


class FreshLockSynchronized(sharedctypes.Synchronized):
    def __init__(self, obj, lock, ctx):
        super().__init__(obj, lock, ctx)
        self._ctx = ctx

    def get_lock(self):
        return self._ctx.RLock()

    def __reduce__(self):
        return FreshLockSynchronized, (self._obj, self._lock, self._ctx)


def _value(ctx):
    def Value(typecode_or_type, *args, lock=True):
        obj = sharedctypes.Value(typecode_or_type, *args, lock=lock, ctx=ctx)
        if isinstance(obj, sharedctypes.Synchronized):
            return FreshLockSynchronized(obj.get_obj(), obj.get_lock(), ctx)
        return obj
    return Value


_mirror.install(__name__, Value=_value)
