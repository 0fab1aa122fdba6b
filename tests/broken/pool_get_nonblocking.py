"""Broken: get() of an apply_async() result returns None at once if the result is not ready."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"asyncresult.get.returns"}


class BrokenResult(pool.ApplyResult):
    def get(self, timeout=None):
        if timeout is None and not self.ready():
            return None
        return super().get(timeout)


class BrokenResultPool(pool.Pool):
    def apply_async(self, *args, **kwargs):
        result = super().apply_async(*args, **kwargs)
        result.__class__ = BrokenResult
        return result

    def apply(self, func, args=(), kwds={}):
        return super().apply_async(func, args, kwds).get()


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: BrokenResultPool(*args, context=ctx, **kwargs))
