"""Broken: sharedctypes.RawValue ignores *args: every object starts zeroed."""

from multiprocessing import sharedctypes as stdlib_sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.copy.new_shared_copy", "sharedctypes.rawvalue.returns",
          "sharedctypes.synchronized.get_obj_get_lock", "sharedctypes.table.rawvalue_struct",
          "sharedctypes.table.rawvalue_typecode"}


def RawValue(typecode_or_type, *args):
    return stdlib_sharedctypes.RawValue(typecode_or_type)


_mirror.install(__name__, submodules={"sharedctypes": _mirror.patched_module(stdlib_sharedctypes, RawValue=RawValue)})
