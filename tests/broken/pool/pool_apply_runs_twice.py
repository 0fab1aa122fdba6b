"""Broken: Pool.apply() runs func twice and returns the first result."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.apply.single_worker"}


class TwiceApplyPool(pool.Pool):
    def apply(self, func, args=(), kwds={}):
        results = [self.apply_async(func, args, kwds) for _ in range(2)]
        return [r.get() for r in results][0]


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: TwiceApplyPool(*args, context=ctx, **kwargs))
