"""Broken: Pool(processes) with processes < 1 starts one worker instead of raising ValueError."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.processes.invalid"}


class LenientPool(pool.Pool):
    def __init__(self, processes=None, *args, **kwargs):
        super().__init__(processes if processes is None else max(processes, 1), *args, **kwargs)


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: LenientPool(*args, context=ctx, **kwargs))
