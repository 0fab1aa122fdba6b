"""Broken: wait() without a timeout of an apply_async() result returns at once."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"asyncresult.wait.until_ready_or_timeout"}


class BrokenResult(pool.ApplyResult):
    def wait(self, timeout=None):
        if timeout is not None:
            super().wait(timeout)

    def get(self, timeout=None):
        pool.ApplyResult.wait(self, timeout)
        return super().get(0)


class BrokenResultPool(pool.Pool):
    def apply_async(self, *args, **kwargs):
        result = super().apply_async(*args, **kwargs)
        result.__class__ = BrokenResult
        return result

    def apply(self, func, args=(), kwds={}):
        return super().apply_async(func, args, kwds).get()


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: BrokenResultPool(*args, context=ctx, **kwargs))
