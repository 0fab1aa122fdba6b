"""Broken: reading Value.value keeps the lock held until the next assignment, trying to make += atomic."""

from multiprocessing import sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.value.inplace.not_atomic"}


class HoldingSynchronized(sharedctypes.Synchronized):
    _reading = False

    @property
    def value(self):
        self._lock.acquire()
        self._reading = True
        return self._obj.value

    @value.setter
    def value(self, value):
        if self._reading:
            self._reading = False
            self._obj.value = value
            self._lock.release()
        else:
            with self._lock:
                self._obj.value = value

    def __reduce__(self):
        return HoldingSynchronized, (self._obj, self._lock)


def _value(ctx):
    def Value(typecode_or_type, *args, lock=True):
        obj = sharedctypes.Value(typecode_or_type, *args, lock=lock, ctx=ctx)
        return HoldingSynchronized(obj.get_obj(), obj.get_lock()) if isinstance(obj, sharedctypes.Synchronized) else obj
    return Value


_mirror.install(__name__, Value=_value)
