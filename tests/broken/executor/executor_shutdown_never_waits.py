"""Broken: ProcessPoolExecutor.shutdown() never waits, whatever wait says."""

from concurrent.futures import ProcessPoolExecutor

from tests.broken import _mirror

BREAKS = {"executor.shutdown.wait_true_blocks", "executor.shutdown.cancel_futures",
          "executor.context_manager.shutdown_wait"}


class Executor(ProcessPoolExecutor):
    def shutdown(self, wait=True, **kwargs):
        super().shutdown(False, **kwargs)


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=Executor)
