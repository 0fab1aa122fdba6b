"""Broken: sharedctypes.copy(obj) returns a copy in private memory, not in shared memory."""

import ctypes

from multiprocessing import sharedctypes as stdlib_sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.copy.new_shared_copy"}


def copy(obj):
    new = type(obj)()
    ctypes.pointer(new)[0] = obj
    return new


_mirror.install(__name__, submodules={"sharedctypes": _mirror.patched_module(stdlib_sharedctypes, copy=copy)})
