"""Broken: Array of a given integer size starts filled with ones (except arrays of c_char) instead of zeroed."""

import ctypes

from multiprocessing import sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.array.size.zeroed"}


def _array(ctx):
    def Array(typecode_or_type, size_or_initializer, *, lock=True):
        a = sharedctypes.Array(typecode_or_type, size_or_initializer, lock=lock, ctx=ctx)
        raw = a.get_obj() if hasattr(a, "get_obj") else a
        if isinstance(size_or_initializer, int) and raw._type_ is not ctypes.c_char:
            raw[:] = [1] * size_or_initializer
        return a
    return Array


_mirror.install(__name__, Array=_array)
