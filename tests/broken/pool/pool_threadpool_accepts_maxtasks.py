"""Broken: ThreadPool accepts maxtasksperchild and context, and ignores them."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.threadpool.no_maxtasks_context"}


class PermissiveThreadPool(pool.ThreadPool):
    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        super().__init__(processes, initializer, initargs)


_mirror.install(__name__, submodules={"pool": _mirror.patched_module(pool, ThreadPool=PermissiveThreadPool)})
