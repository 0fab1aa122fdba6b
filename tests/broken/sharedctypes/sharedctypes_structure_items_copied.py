"""Broken: items of a synchronized sharedctypes.Array of Structures are private copies, so writes to them are lost."""

import ctypes

from multiprocessing import sharedctypes as stdlib_sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.example.child_modifies"}


class CopyingArray(stdlib_sharedctypes.SynchronizedArray):
    def __getitem__(self, i):
        item = super().__getitem__(i)
        if isinstance(item, ctypes.Structure):
            copy = type(item)()
            ctypes.pointer(copy)[0] = item
            return copy
        return item

    def __reduce__(self):
        return CopyingArray, (self._obj, self._lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    a = stdlib_sharedctypes.Array(typecode_or_type, size_or_initializer, lock=lock, ctx=ctx)
    return CopyingArray(a.get_obj(), a.get_lock()) if type(a) is stdlib_sharedctypes.SynchronizedArray else a


_mirror.install(__name__, submodules={"sharedctypes": _mirror.patched_module(stdlib_sharedctypes, Array=Array)})
