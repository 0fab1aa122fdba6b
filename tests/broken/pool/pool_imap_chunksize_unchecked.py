"""Broken: Pool.imap() and imap_unordered() take a chunksize below 1 as 1 instead of raising ValueError."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.imap.chunksize_invalid"}


class LenientChunksPool(pool.Pool):
    def imap(self, func, iterable, chunksize=1):
        return super().imap(func, iterable, max(chunksize, 1))

    def imap_unordered(self, func, iterable, chunksize=1):
        return super().imap_unordered(func, iterable, max(chunksize, 1))


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: LenientChunksPool(*args, context=ctx, **kwargs))
