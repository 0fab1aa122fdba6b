"""Broken: Pool.imap() yields results in the order they complete, like imap_unordered()."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.imap.lazy_ordered"}
MAY_BREAK = {"pool.imap.example_next"}  # its items may complete in order by chance


class CompletionOrderPool(pool.Pool):
    def imap(self, func, iterable, chunksize=1):
        return self.imap_unordered(func, iterable, chunksize)


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: CompletionOrderPool(*args, context=ctx, **kwargs))
