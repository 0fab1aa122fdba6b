"""Broken: successful() of an apply_async() result that is not ready returns False instead of raising ValueError."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.asyncresult.successful.not_ready"}


class BrokenResult(pool.ApplyResult):
    def successful(self):
        return self.ready() and super().successful()


_mirror.pool_results(__name__, BrokenResult)
