"""Broken: get() of an apply_async() result returns the task's exception instead of raising it."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"asyncresult.get.reraises"}


class BrokenResult(pool.ApplyResult):
    def get(self, timeout=None):
        self.wait(timeout)
        if self.ready() and not self._success:
            return self._value
        return super().get(0)


class BrokenResultPool(pool.Pool):
    def apply_async(self, *args, **kwargs):
        result = super().apply_async(*args, **kwargs)
        result.__class__ = BrokenResult
        return result

    def apply(self, func, args=(), kwds={}):
        return super().apply_async(func, args, kwds).get()


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: BrokenResultPool(*args, context=ctx, **kwargs))
