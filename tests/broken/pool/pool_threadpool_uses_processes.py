"""Broken: ThreadPool runs its tasks in worker processes, not threads."""

import multiprocessing
from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.threadpool.interface"}


class ProcessThreadPool(pool.Pool):
    def __init__(self, processes=None, initializer=None, initargs=()):
        super().__init__(processes, initializer, initargs, context=multiprocessing.get_context("fork"))


_mirror.install(__name__, submodules={"pool": _mirror.patched_module(pool, ThreadPool=ProcessThreadPool)})
