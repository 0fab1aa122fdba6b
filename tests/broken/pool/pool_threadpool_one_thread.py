"""Broken: ThreadPool(processes=None) starts a single worker thread."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.threadpool.processes_default"}


class OneThreadPool(pool.ThreadPool):
    def __init__(self, processes=None, initializer=None, initargs=()):
        super().__init__(processes or 1, initializer, initargs)


_mirror.install(__name__, submodules={"pool": _mirror.patched_module(pool, ThreadPool=OneThreadPool)})
