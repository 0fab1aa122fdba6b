"""Broken: sharedctypes.synchronized(obj, lock) ignores lock and synchronizes with a new RLock of its own."""

from multiprocessing import sharedctypes as stdlib_sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.synchronized.context_manager", "sharedctypes.synchronized.get_obj_get_lock",
          "sharedctypes.synchronized.wrapper"}


def synchronized(obj, lock=None, ctx=None):
    return stdlib_sharedctypes.synchronized(obj, None, ctx)


_mirror.install(__name__, submodules={"sharedctypes": _mirror.patched_module(stdlib_sharedctypes, synchronized=synchronized)})
