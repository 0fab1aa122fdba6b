"""Broken: Array given a Lock or RLock synchronizes with a new RLock of its own instead."""

from multiprocessing import sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.array.lock.given_used"}


def _array(ctx):
    def Array(typecode_or_type, size_or_initializer, *, lock=True):
        return sharedctypes.Array(typecode_or_type, size_or_initializer, lock=True if hasattr(lock, "acquire") else lock, ctx=ctx)
    return Array


_mirror.install(__name__, Array=_array)
