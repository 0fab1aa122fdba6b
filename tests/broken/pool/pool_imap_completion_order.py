"""Broken: Pool.imap() yields results in the order they complete, like imap_unordered()."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.imap.lazy_ordered"}
# The documentation's example, run as written (four workers, f(x) = x*x, nothing held), fails only when its items
# happen to complete out of order, as the scheduler decides: holding items to force that would make it the test of
# pool.imap.lazy_ordered, which fails here every time. pool_imap_drops_first breaks the example every time.
MAY_BREAK = {"pool.imap.example_next"}


class CompletionOrderPool(pool.Pool):
    def imap(self, func, iterable, chunksize=1):
        return self.imap_unordered(func, iterable, chunksize)


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: CompletionOrderPool(*args, context=ctx, **kwargs))
