"""Broken: a Pool's worker processes stay alive 5 s after the pool tells them to exit (once it is closed and done)."""

import time
from multiprocessing import pool

from tests.broken import _late, _mirror

BREAKS = {"pool.close.no_new_tasks", "pool.join.waits"}


def _lingering(inqueue, outqueue, initializer, initargs, maxtasks, *rest):
    pool.worker(inqueue, outqueue, initializer, initargs, maxtasks, *rest)
    if maxtasks is None:  # the pool told it to exit (a worker leaving at maxtasksperchild is left alone)
        time.sleep(_late.LATE_BY)


class LingeringPool(pool.Pool):
    @staticmethod
    def Process(ctx, *args, **kwargs):
        return ctx.Process(*args, **dict(kwargs, target=_lingering))


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: LingeringPool(*args, context=ctx, **kwargs))
