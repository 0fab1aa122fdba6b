"""Broken: Pool.apply_async() swaps callback and error_callback."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.apply_async.callback", "pool.apply_async.error_callback"}


class SwappedCallbacksPool(pool.Pool):
    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        return super().apply_async(func, args, kwds, error_callback, callback)


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: SwappedCallbacksPool(*args, context=ctx, **kwargs))
