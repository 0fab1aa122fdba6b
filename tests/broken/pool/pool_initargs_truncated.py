"""Broken: Pool and ThreadPool call the initializer with only the first two of its initargs."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.initializer.every_worker", "pool.threadpool.initializer"}


class TruncatingPool(pool.Pool):
    def __init__(self, processes=None, initializer=None, initargs=(), *args, **kwargs):
        super().__init__(processes, initializer, tuple(initargs)[:2], *args, **kwargs)


class TruncatingThreadPool(pool.ThreadPool):
    def __init__(self, processes=None, initializer=None, initargs=()):
        super().__init__(processes, initializer, tuple(initargs)[:2])


_mirror.install(
    __name__,
    Pool=lambda ctx: lambda *args, **kwargs: TruncatingPool(*args, context=ctx, **kwargs),
    submodules={"pool": _mirror.patched_module(pool, ThreadPool=TruncatingThreadPool)},
)
