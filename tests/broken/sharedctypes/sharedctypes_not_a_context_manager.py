"""Broken: a sharedctypes.synchronized wrapper used in a with statement does not take its lock."""

import multiprocessing
from multiprocessing import sharedctypes as stdlib_sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.synchronized.context_manager"}


class LoneSynchronized(stdlib_sharedctypes.Synchronized):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


def synchronized(obj, lock=None, ctx=None):
    if isinstance(obj, stdlib_sharedctypes.ctypes._SimpleCData):
        return LoneSynchronized(obj, lock, ctx or multiprocessing.get_context())
    return stdlib_sharedctypes.synchronized(obj, lock, ctx)


_mirror.install(__name__, submodules={"sharedctypes": _mirror.patched_module(stdlib_sharedctypes, synchronized=synchronized)})
