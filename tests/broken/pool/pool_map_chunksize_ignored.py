"""Broken: Pool.map() ignores chunksize and sends each item as its own task."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.map.chunks"}


class OneByOneMapPool(pool.Pool):
    def map(self, func, iterable, chunksize=None):
        return super().map(func, iterable, 1)


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: OneByOneMapPool(*args, context=ctx, **kwargs))
