"""Broken: leaving a Pool's with block calls close(), not terminate(): the workers keep running."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.context_manager.terminates"}


class ClosingPool(pool.Pool):
    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: ClosingPool(*args, context=ctx, **kwargs))
