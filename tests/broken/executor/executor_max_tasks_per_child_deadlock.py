"""Broken: as before gh-115634 (fixed in 3.14.7), a worker that exits at max_tasks_per_child is replaced only if no
idle-worker token is left, yet each completed call leaves one: the pool can end with no worker and calls queued."""

import functools
from concurrent.futures import ProcessPoolExecutor

from tests.broken import _mirror

BREAKS = {"executor.max_tasks_per_child.no_deadlock"}
START_METHODS = ("spawn",)  # max_tasks_per_child is refused with fork


def _replace_dead_worker(manager):
    """The executor manager's replacement of an exited worker (3.14.7+), as it was: spawns nothing on a stale token."""
    executor = manager.executor_reference()
    if executor is not None:
        executor._adjust_process_count()


class Executor(ProcessPoolExecutor):
    def _start_executor_manager_thread(self):
        super()._start_executor_manager_thread()
        # Replaced under the shutdown lock that submit() holds, which the manager takes to replace a worker.
        manager = self._executor_manager_thread
        manager._replace_dead_worker = functools.partial(_replace_dead_worker, manager)


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=Executor)
