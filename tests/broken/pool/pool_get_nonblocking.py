"""Broken: get() of an apply_async() result returns None at once if the result is not ready."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.asyncresult.get.returns"}


class BrokenResult(pool.ApplyResult):
    def get(self, timeout=None):
        if timeout is None and not self.ready():
            return None
        return super().get(timeout)


_mirror.pool_results(__name__, BrokenResult)
