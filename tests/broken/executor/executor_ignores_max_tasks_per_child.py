"""Broken: ProcessPoolExecutor ignores max_tasks_per_child: workers are never replaced."""

from concurrent.futures import ProcessPoolExecutor

from tests.broken import _mirror

BREAKS = {"executor.max_tasks_per_child.replaces", "executor.max_tasks_per_child.default_spawn", "executor.max_tasks_per_child.fork_incompatible"}
START_METHODS = ("fork", "spawn")


class Executor(ProcessPoolExecutor):
    def __init__(self, *args, max_tasks_per_child=None, **kwargs):
        super().__init__(*args, **kwargs)


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=Executor)
