"""Broken: a Pool's AsyncResult.get(timeout) and wait(timeout), and its imap iterator's next(timeout), give up 20 times
later than timeout (a result that arrives still ends them at once)."""

from tests.broken import _late, _mirror

BREAKS = {
    "pool.asyncresult.get.timeout",
    "pool.asyncresult.wait.until_ready_or_timeout",
    "pool.example.timeout_usable",
    "pool.imap.next_timeout",
}


class LateResult:
    def wait(self, timeout=None):
        super().wait(_late.late(timeout))


class LateIterator:
    def next(self, timeout=None):
        return super().next(_late.late(timeout))

    __next__ = next


_mirror.pool_mixins(__name__, LateResult, LateIterator)
