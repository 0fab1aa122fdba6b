"""Broken: Pool ignores its context and starts workers with the default start method."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.context.starts_workers"}
START_METHODS = ("spawn",)  # the default start method is fork: ignoring a fork context changes nothing


class DefaultContextPool(pool.Pool):
    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        super().__init__(processes, initializer, initargs, maxtasksperchild)


_mirror.install(
    __name__,
    Pool=lambda ctx: lambda *args, **kwargs: DefaultContextPool(*args, **kwargs),
    submodules={"pool": _mirror.patched_module(pool, Pool=DefaultContextPool)},
)
