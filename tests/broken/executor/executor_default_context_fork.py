"""Broken: the default start method is 'fork', as up to 3.13 on Linux, and the executor follows it."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import context

from tests.broken import _mirror

BREAKS = {"executor.mp_context.default_not_fork"}


class Executor(ProcessPoolExecutor):
    def __init__(self, max_workers=None, mp_context=None, *args, **kwargs):
        if mp_context is None and kwargs.get("max_tasks_per_child") is None:
            mp_context = multiprocessing.get_context("fork")
        super().__init__(max_workers, mp_context, *args, **kwargs)


_mirror.install(__name__)
get_start_method = context.DefaultContext(multiprocessing.get_context("fork")).get_start_method
futures = _mirror.patched_futures(ProcessPoolExecutor=Executor)
