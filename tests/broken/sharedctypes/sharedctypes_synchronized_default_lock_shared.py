"""Broken: every sharedctypes.synchronized(obj) without a lock shares one RLock instead of creating a new one."""

import multiprocessing
from multiprocessing import sharedctypes as stdlib_sharedctypes

from tests.broken import _mirror

BREAKS = {"sharedctypes.synchronized.ctx", "sharedctypes.synchronized.default_rlock"}
_SHARED = []


def synchronized(obj, lock=None, ctx=None):
    if lock is None:
        if not _SHARED:
            _SHARED.append(multiprocessing.get_context("fork").RLock())
        lock = _SHARED[0]
    return stdlib_sharedctypes.synchronized(obj, lock, ctx)


_mirror.install(__name__, submodules={"sharedctypes": _mirror.patched_module(stdlib_sharedctypes, synchronized=synchronized)})
