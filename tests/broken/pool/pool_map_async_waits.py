"""Broken: Pool.map_async() waits for every task to complete before it returns the result object."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.map_async.returns_asyncresult"}


class WaitingPool(pool.Pool):
    def map_async(self, *args, **kwargs):
        result = super().map_async(*args, **kwargs)
        result.wait()
        return result


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: WaitingPool(*args, context=ctx, **kwargs))
