"""Broken: a Pool's AsyncResult.wait() and get() are not woken by the result: they look for it only every 5 s (their
timeout is honoured)."""

from tests.broken import _late, _mirror

BREAKS = {
    "pool.asyncresult.get.returns",
    "pool.asyncresult.wait.until_ready_or_timeout",
    "pool.apply.blocks",
    "pool.map.blocks",
}


class UnwokenResult:
    def wait(self, timeout=None):
        _late.drowsy(self.ready, timeout)


_mirror.pool_mixins(__name__, UnwokenResult)
