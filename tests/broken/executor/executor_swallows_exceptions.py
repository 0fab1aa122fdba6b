"""Broken: a call that raises completes with None: the exception is lost."""

from concurrent.futures import ProcessPoolExecutor

from tests.broken import _mirror

BREAKS = {"executor.submit.exception_reraised", "executor.future.exception", "executor.map.exception_on_retrieval"}


def _quietly(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except Exception:
        return None


class Executor(ProcessPoolExecutor):
    def submit(self, fn, /, *args, **kwargs):
        return super().submit(_quietly, fn, *args, **kwargs)


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=Executor)
