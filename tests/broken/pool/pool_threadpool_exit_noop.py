"""Broken: leaving a ThreadPool's with block does nothing: the pool keeps running."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.threadpool.manage"}
PARAMS = {"pool.threadpool.manage": ("with",)}  # close() and terminate() are untouched


class LingeringThreadPool(pool.ThreadPool):
    def __exit__(self, exc_type, exc_val, exc_tb):
        pass


_mirror.install(__name__, submodules={"pool": _mirror.patched_module(pool, ThreadPool=LingeringThreadPool)})
