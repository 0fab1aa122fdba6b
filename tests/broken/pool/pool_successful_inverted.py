"""Broken: successful() of an apply_async() result is True when the call raised and False when it returned."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.asyncresult.successful.completed"}


class BrokenResult(pool.ApplyResult):
    def successful(self):
        return not super().successful()


_mirror.pool_results(__name__, BrokenResult)
