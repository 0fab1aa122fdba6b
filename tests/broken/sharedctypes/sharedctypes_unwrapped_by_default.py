"""Broken: sharedctypes.Value and Array return the raw ctypes object by default, wrapping only with an explicit lock."""

from multiprocessing import sharedctypes as stdlib_sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.array.ctx", "sharedctypes.array.lock_semantics",
          "sharedctypes.array.wrapper_by_lock", "sharedctypes.value.ctx", "sharedctypes.value.keyword_only",
          "sharedctypes.value.lock_semantics", "sharedctypes.value.wrapper_by_lock"}


def Value(typecode_or_type, *args, lock=True, ctx=None):
    return stdlib_sharedctypes.Value(typecode_or_type, *args, lock=False if lock is True else lock, ctx=ctx)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    return stdlib_sharedctypes.Array(typecode_or_type, size_or_initializer, lock=False if lock is True else lock, ctx=ctx)


_mirror.install(__name__, submodules={"sharedctypes": _mirror.patched_module(stdlib_sharedctypes, Value=Value, Array=Array)})
