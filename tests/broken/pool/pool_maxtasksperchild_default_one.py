"""Broken: maxtasksperchild defaults to 1, so each worker exits after one task."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.maxtasksperchild.default_none"}


class OneTaskWorkersPool(pool.Pool):
    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        super().__init__(processes, initializer, initargs, 1 if maxtasksperchild is None else maxtasksperchild, context)


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: OneTaskWorkersPool(*args, context=ctx, **kwargs))
