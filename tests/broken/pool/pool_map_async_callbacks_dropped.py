"""Broken: Pool.map_async() never calls callback or error_callback."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.map_async.callback", "pool.map_async.error_callback"}


class NoCallbackPool(pool.Pool):
    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return super().map_async(func, iterable, chunksize)


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: NoCallbackPool(*args, context=ctx, **kwargs))
