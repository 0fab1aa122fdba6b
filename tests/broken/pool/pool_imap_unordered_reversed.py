"""Broken: Pool.imap_unordered() yields the results in reverse order, even with a single worker."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.imap_unordered.arbitrary_order"}


class ReversedUnorderedPool(pool.Pool):
    def imap_unordered(self, *args, **kwargs):
        return iter(list(super().imap_unordered(*args, **kwargs))[::-1])


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: ReversedUnorderedPool(*args, context=ctx, **kwargs))
