"""Broken: ProcessPoolExecutor(max_workers=n) starts up to n + 1 workers."""

from concurrent.futures import ProcessPoolExecutor

from tests.broken import _mirror

BREAKS = {"executor.max_workers.at_most"}
# With a second worker, the four calls of max_tasks_per_child.replaces (one worker: pids a a b b) may reach either.
MAY_BREAK = {"executor.max_tasks_per_child.replaces"}


class Executor(ProcessPoolExecutor):
    def __init__(self, max_workers=None, *args, **kwargs):
        super().__init__(max_workers + 1 if max_workers else max_workers, *args, **kwargs)


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=Executor)
