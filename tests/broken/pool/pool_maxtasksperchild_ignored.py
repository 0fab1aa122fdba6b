"""Broken: Pool ignores maxtasksperchild: workers are never replaced."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {
    "pool.maxtasksperchild.replaces_worker",
    "pool.maxtasksperchild.invalid",
    "pool.map.chunks",
    "pool.imap.chunksize_default",
}


class ForeverWorkersPool(pool.Pool):
    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        super().__init__(processes, initializer, initargs, None, context)


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: ForeverWorkersPool(*args, context=ctx, **kwargs))
