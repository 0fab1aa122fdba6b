"""Broken: get(timeout) of an apply_async() result returns None when the timeout expires."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"asyncresult.get.timeout", "pool.example.timeout_usable"}


class BrokenResult(pool.ApplyResult):
    def get(self, timeout=None):
        self.wait(timeout)
        return super().get(0) if self.ready() else None


class BrokenResultPool(pool.Pool):
    def apply_async(self, *args, **kwargs):
        result = super().apply_async(*args, **kwargs)
        result.__class__ = BrokenResult
        return result

    def apply(self, func, args=(), kwds={}):
        return super().apply_async(func, args, kwds).get()


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: BrokenResultPool(*args, context=ctx, **kwargs))
