"""Broken: ProcessPoolExecutor without mp_context uses spawn, not the default context."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from tests.broken import _mirror

BREAKS = {"executor.mp_context.default"}


class Executor(ProcessPoolExecutor):
    def __init__(self, max_workers=None, mp_context=None, *args, **kwargs):
        super().__init__(max_workers, mp_context or multiprocessing.get_context("spawn"), *args, **kwargs)


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=Executor)
