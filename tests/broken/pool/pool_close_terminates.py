"""Broken: Pool.close() terminates the pool, dropping the tasks already submitted."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.close.no_new_tasks", "pool.join.waits"}


class HastyPool(pool.Pool):
    def close(self):
        self.terminate()


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: HastyPool(*args, context=ctx, **kwargs))
