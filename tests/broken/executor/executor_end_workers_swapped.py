"""Broken: ProcessPoolExecutor.terminate_workers() kills the workers, and kill_workers() terminates them (3.14+)."""

from concurrent.futures import ProcessPoolExecutor

from tests.broken import _mirror

BREAKS = {"executor.terminate_workers.sigterm", "executor.kill_workers.sigkill"}


class Executor(ProcessPoolExecutor):
    def terminate_workers(self):
        super().kill_workers()

    def kill_workers(self):
        super().terminate_workers()


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=Executor)
