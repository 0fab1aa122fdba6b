"""Broken: sharedctypes.Value, Array and synchronized ignore ctx and create their lock from the default context."""

from multiprocessing import sharedctypes as stdlib_sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.value.ctx", "sharedctypes.array.ctx", "sharedctypes.synchronized.ctx"}


def Value(typecode_or_type, *args, lock=True, ctx=None):
    return stdlib_sharedctypes.Value(typecode_or_type, *args, lock=lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    return stdlib_sharedctypes.Array(typecode_or_type, size_or_initializer, lock=lock)


def synchronized(obj, lock=None, ctx=None):
    return stdlib_sharedctypes.synchronized(obj, lock)


_mirror.install(__name__, submodules={"sharedctypes": _mirror.patched_module(
    stdlib_sharedctypes, Value=Value, Array=Array, synchronized=synchronized)})
