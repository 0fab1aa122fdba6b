"""Broken: successful() of an apply_async() result is True when the call raised and False when it returned."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"asyncresult.successful.completed"}


class BrokenResult(pool.ApplyResult):
    def successful(self):
        return not super().successful()


class BrokenResultPool(pool.Pool):
    def apply_async(self, *args, **kwargs):
        result = super().apply_async(*args, **kwargs)
        result.__class__ = BrokenResult
        return result

    def apply(self, func, args=(), kwds={}):
        return super().apply_async(func, args, kwds).get()


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: BrokenResultPool(*args, context=ctx, **kwargs))
