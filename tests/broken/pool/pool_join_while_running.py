"""Broken: Pool.join() of a running pool closes it and waits instead of raising ValueError."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.join.requires_close"}


class SelfClosingJoinPool(pool.Pool):
    def join(self):
        if self._state == pool.RUN:
            self.close()
        super().join()


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: SelfClosingJoinPool(*args, context=ctx, **kwargs))
