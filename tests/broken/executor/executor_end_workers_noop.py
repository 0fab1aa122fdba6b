"""Broken: ProcessPoolExecutor.terminate_workers() and kill_workers() do nothing: no worker ends, no shutdown (3.14+)."""

from concurrent.futures import ProcessPoolExecutor

from tests.broken import _mirror

BREAKS = {"executor.terminate_workers.sigterm", "executor.kill_workers.sigkill", "executor.terminate_workers.shutdown"}


class Executor(ProcessPoolExecutor):
    def terminate_workers(self):
        pass

    def kill_workers(self):
        pass


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=Executor)
