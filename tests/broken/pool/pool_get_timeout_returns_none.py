"""Broken: get(timeout) of an apply_async() result returns None when the timeout expires."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.asyncresult.get.timeout", "pool.example.timeout_usable"}


class BrokenResult(pool.ApplyResult):
    def get(self, timeout=None):
        self.wait(timeout)
        return super().get(0) if self.ready() else None


_mirror.pool_results(__name__, BrokenResult)
