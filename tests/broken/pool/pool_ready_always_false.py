"""Broken: ready() of an apply_async() result is always False."""

import multiprocessing
from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.asyncresult.ready.completed"}


class BrokenResult(pool.ApplyResult):
    def ready(self):
        return False

    def get(self, timeout=None):
        self.wait(timeout)
        if not self._event.is_set():
            raise multiprocessing.TimeoutError
        if self._success:
            return self._value
        raise self._value

    def successful(self):
        if not self._event.is_set():
            raise ValueError(f"{self!r} not ready")
        return self._success


_mirror.pool_results(__name__, BrokenResult)
