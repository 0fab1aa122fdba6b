"""Broken: get() of an apply_async() result returns the task's exception instead of raising it."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.asyncresult.get.reraises"}


class BrokenResult(pool.ApplyResult):
    def get(self, timeout=None):
        self.wait(timeout)
        if self.ready() and not self._success:
            return self._value
        return super().get(0)


_mirror.pool_results(__name__, BrokenResult)
