"""Broken: a closed or terminated Pool accepts new tasks instead of raising ValueError."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.close.submit_after_raises"}


class AcceptingPool(pool.Pool):
    def _check_running(self):
        pass


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: AcceptingPool(*args, context=ctx, **kwargs))
