"""Broken: Array initialized from a tuple drops the tuple's last item."""

from multiprocessing import sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.array.initializer.sequence"}


def _array(ctx):
    def Array(typecode_or_type, size_or_initializer, *, lock=True):
        if isinstance(size_or_initializer, tuple):
            size_or_initializer = size_or_initializer[:-1]
        return sharedctypes.Array(typecode_or_type, size_or_initializer, lock=lock, ctx=ctx)
    return Array


_mirror.install(__name__, Array=_array)
