"""Broken: sharedctypes.Value and Array ignore a given lock or lock=False and always use a new RLock."""

from multiprocessing import sharedctypes as stdlib_sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.value.lock_semantics", "sharedctypes.array.lock_semantics"}


def _usable(lock):
    return True if lock is False or hasattr(lock, "acquire") else lock


def Value(typecode_or_type, *args, lock=True, ctx=None):
    return stdlib_sharedctypes.Value(typecode_or_type, *args, lock=_usable(lock), ctx=ctx)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    return stdlib_sharedctypes.Array(typecode_or_type, size_or_initializer, lock=_usable(lock), ctx=ctx)


_mirror.install(__name__, submodules={"sharedctypes": _mirror.patched_module(stdlib_sharedctypes, Value=Value, Array=Array)})
