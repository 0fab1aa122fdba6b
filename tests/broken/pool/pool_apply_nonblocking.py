"""Broken: Pool.apply() submits the task and returns None at once, without waiting for the result."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.apply.blocks", "pool.apply.reraises"}


class FireAndForgetPool(pool.Pool):
    def apply(self, func, args=(), kwds={}):
        self.apply_async(func, args, kwds)


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: FireAndForgetPool(*args, context=ctx, **kwargs))
