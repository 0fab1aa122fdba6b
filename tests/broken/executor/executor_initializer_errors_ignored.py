"""Broken: an initializer that raises is ignored: the pool does not break."""

import functools
from concurrent.futures import ProcessPoolExecutor

from tests.broken import _mirror

BREAKS = {"executor.initializer.raises_broken"}


def _quietly(fn, *args):
    try:
        fn(*args)
    except Exception:
        pass


class Executor(ProcessPoolExecutor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), **kwargs):
        if initializer is not None:
            initializer = functools.partial(_quietly, initializer)
        super().__init__(max_workers, mp_context, initializer, initargs, **kwargs)


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=Executor)
