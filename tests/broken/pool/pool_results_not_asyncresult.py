"""Broken: apply_async() and map_async() of Pool and ThreadPool return a look-alike that is not an AsyncResult."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.asyncresult.class.returned", "pool.threadpool.asyncresult"}


class LookAlike:
    def __init__(self, result):
        self._result = result

    def __getattr__(self, name):
        return getattr(self._result, name)


class LookAlikeResults:
    def apply_async(self, *args, **kwargs):
        return LookAlike(super().apply_async(*args, **kwargs))

    def map_async(self, *args, **kwargs):
        return LookAlike(super().map_async(*args, **kwargs))


class LookAlikePool(LookAlikeResults, pool.Pool):
    pass


class LookAlikeThreadPool(LookAlikeResults, pool.ThreadPool):
    pass


_mirror.install(
    __name__,
    Pool=lambda ctx: lambda *args, **kwargs: LookAlikePool(*args, context=ctx, **kwargs),
    submodules={"pool": _mirror.patched_module(pool, ThreadPool=LookAlikeThreadPool)},
)
