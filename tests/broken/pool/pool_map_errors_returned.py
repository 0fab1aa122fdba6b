"""Broken: Pool.map() returns [exception] when func raises, instead of raising it."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.map.reraises"}


class SwallowingMapPool(pool.Pool):
    def map(self, *args, **kwargs):
        try:
            return super().map(*args, **kwargs)
        except Exception as e:
            return [e]


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: SwallowingMapPool(*args, context=ctx, **kwargs))
