"""Broken: the iterator of Pool.imap() skips the first result."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.imap.lazy_ordered", "pool.imap.example_next", "pool.imap.chunksize_default"}


class SkippingIterator:
    def __init__(self, it):
        self._it = it
        self._skipped = False

    def __iter__(self):
        return self

    def next(self, timeout=None):
        if not self._skipped:
            self._skipped = True
            self._it.next(timeout)
        return self._it.next(timeout)

    __next__ = next


class SkippingPool(pool.Pool):
    def imap(self, *args, **kwargs):
        return SkippingIterator(super().imap(*args, **kwargs))


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: SkippingPool(*args, context=ctx, **kwargs))
