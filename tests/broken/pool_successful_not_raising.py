"""Broken: successful() of an apply_async() result that is not ready returns False instead of raising ValueError."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"asyncresult.successful.not_ready"}


class BrokenResult(pool.ApplyResult):
    def successful(self):
        return self.ready() and super().successful()


class BrokenResultPool(pool.Pool):
    def apply_async(self, *args, **kwargs):
        result = super().apply_async(*args, **kwargs)
        result.__class__ = BrokenResult
        return result

    def apply(self, func, args=(), kwds={}):
        return super().apply_async(func, args, kwds).get()


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: BrokenResultPool(*args, context=ctx, **kwargs))
