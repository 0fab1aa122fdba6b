"""Broken: Pool.starmap() and starmap_async() pass each element as one argument instead of unpacking it."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.starmap.unpacks", "pool.starmap_async.returns"}


class PackedStarmapPool(pool.Pool):
    def starmap(self, func, iterable, chunksize=None):
        return self.map(func, iterable, chunksize)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self.map_async(func, iterable, chunksize, callback, error_callback)


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: PackedStarmapPool(*args, context=ctx, **kwargs))
