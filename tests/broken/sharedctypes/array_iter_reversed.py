"""Broken: iterating over a synchronized Array yields its items in reverse order."""

from multiprocessing import sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.array.sequence.protocol"}


class ReversedArray(sharedctypes.SynchronizedArray):
    def __iter__(self):
        return iter(self[::-1])

    def __reduce__(self):
        return ReversedArray, (self._obj, self._lock)


def _array(ctx):
    def Array(typecode_or_type, size_or_initializer, *, lock=True):
        a = sharedctypes.Array(typecode_or_type, size_or_initializer, lock=lock, ctx=ctx)
        return ReversedArray(a.get_obj(), a.get_lock()) if type(a) is sharedctypes.SynchronizedArray else a
    return Array


_mirror.install(__name__, Array=_array)
