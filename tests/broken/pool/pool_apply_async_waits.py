"""Broken: Pool.apply_async() waits for the task to complete before it returns the result object."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {
    "pool.apply_async.returns_asyncresult",
    "pool.apply_async.may_use_more_processes",
    "pool.example.timeout_usable",
}


class WaitingPool(pool.Pool):
    def apply_async(self, *args, **kwargs):
        result = super().apply_async(*args, **kwargs)
        result.wait()
        return result


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: WaitingPool(*args, context=ctx, **kwargs))
