"""Broken: a synchronized Array of c_char lacks the value and raw attributes (it is wrapped like any other array)."""

from multiprocessing import sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.array.c_char.value_raw"}


def _array(ctx):
    def Array(typecode_or_type, size_or_initializer, *, lock=True):
        a = sharedctypes.Array(typecode_or_type, size_or_initializer, lock=lock, ctx=ctx)
        if isinstance(a, sharedctypes.SynchronizedString):
            return sharedctypes.SynchronizedArray(a.get_obj(), a.get_lock())
        return a
    return Array


_mirror.install(__name__, Array=_array)
