"""Broken: sharedctypes.RawValue and RawArray allocate in private memory, so children do not share them."""

from multiprocessing import sharedctypes as stdlib_sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.module.inherited_by_children", "sharedctypes.synchronized.wrapper"}


def RawValue(typecode_or_type, *args):
    return stdlib_sharedctypes.typecode_to_type.get(typecode_or_type, typecode_or_type)(*args)


def RawArray(typecode_or_type, size_or_initializer):
    type_ = stdlib_sharedctypes.typecode_to_type.get(typecode_or_type, typecode_or_type)
    if isinstance(size_or_initializer, int):
        return (type_ * size_or_initializer)()
    return (type_ * len(size_or_initializer))(*size_or_initializer)


_mirror.install(__name__, submodules={"sharedctypes": _mirror.patched_module(stdlib_sharedctypes, RawValue=RawValue, RawArray=RawArray)})
