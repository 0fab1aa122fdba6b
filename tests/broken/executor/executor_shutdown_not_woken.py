"""Broken: ProcessPoolExecutor.shutdown(wait=True) is not woken when the pending calls are done: it looks only every
5 s whether the executor has wound up."""

from concurrent.futures import ProcessPoolExecutor

from tests.broken import _late, _mirror

BREAKS = {"executor.shutdown.wait_true_blocks", "executor.shutdown.cancel_futures"}


class Executor(ProcessPoolExecutor):
    def shutdown(self, wait=True, **kwargs):
        # the thread that runs the calls, and joins the workers once they are done (its name before Python 3.9 first)
        manager = getattr(self, "_queue_management_thread", None) or getattr(self, "_executor_manager_thread", None)
        super().shutdown(False, **kwargs)
        if wait and manager is not None:
            _late.drowsy(lambda: not manager.is_alive())


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=Executor)
