"""Broken: Pool without a context uses the default start method's context without fixing the global start method."""

import multiprocessing
from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.context.none_sets_global_start_method"}


class UnfixedDefaultPool(pool.Pool):
    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        default = multiprocessing.get_context(multiprocessing.get_all_start_methods()[0])
        super().__init__(processes, initializer, initargs, maxtasksperchild, context or default)


_mirror.install(__name__, submodules={"pool": _mirror.patched_module(pool, Pool=UnfixedDefaultPool)})
