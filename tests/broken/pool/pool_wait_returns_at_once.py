"""Broken: wait() without a timeout of an apply_async() result returns at once."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.asyncresult.wait.until_ready_or_timeout"}


class BrokenResult(pool.ApplyResult):
    def wait(self, timeout=None):
        if timeout is not None:
            super().wait(timeout)

    def get(self, timeout=None):
        pool.ApplyResult.wait(self, timeout)
        return super().get(0)


_mirror.pool_results(__name__, BrokenResult)
