"""Broken: Pool.map() returns the results in reverse order."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.map.parallel_map", "pool.map.example", "pool.map.blocks"}


class ReversedMapPool(pool.Pool):
    def map(self, *args, **kwargs):
        return super().map(*args, **kwargs)[::-1]


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: ReversedMapPool(*args, context=ctx, **kwargs))
