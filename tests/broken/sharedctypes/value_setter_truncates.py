"""Broken: assigning Value.value through the wrapper truncates a float to an integer."""

from multiprocessing import sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.value.value.read_write", "sharedctypes.value.child.writes_visible"}


class TruncatingSynchronized(sharedctypes.Synchronized):
    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, value):
        with self._lock:
            self._obj.value = int(value) if isinstance(value, float) else value

    def __reduce__(self):
        return TruncatingSynchronized, (self._obj, self._lock)


def _value(ctx):
    def Value(typecode_or_type, *args, lock=True):
        obj = sharedctypes.Value(typecode_or_type, *args, lock=lock, ctx=ctx)
        return TruncatingSynchronized(obj.get_obj(), obj.get_lock()) if isinstance(obj, sharedctypes.Synchronized) else obj
    return Value


_mirror.install(__name__, Value=_value)
