"""Broken: sharedctypes.Value and Array take lock and ctx positionally, though they are documented keyword-only."""

from multiprocessing import sharedctypes as stdlib_sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.value.keyword_only", "sharedctypes.array.keyword_only"}


def Value(typecode_or_type, *args, lock=True, ctx=None):
    if args and isinstance(args[-1], bool):
        args, lock = args[:-1], args[-1]
    return stdlib_sharedctypes.Value(typecode_or_type, *args, lock=lock, ctx=ctx)


def Array(typecode_or_type, size_or_initializer, lock=True, ctx=None):
    return stdlib_sharedctypes.Array(typecode_or_type, size_or_initializer, lock=lock, ctx=ctx)


_mirror.install(__name__, submodules={"sharedctypes": _mirror.patched_module(stdlib_sharedctypes, Value=Value, Array=Array)})
