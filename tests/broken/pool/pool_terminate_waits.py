"""Broken: Pool.terminate() closes the pool and waits for outstanding work instead of stopping the workers."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.terminate.immediate", "pool.context_manager.terminates"}


class PoliteTerminatePool(pool.Pool):
    def terminate(self):
        if self._state == pool.RUN:
            self.close()
        self.join()


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: PoliteTerminatePool(*args, context=ctx, **kwargs))
