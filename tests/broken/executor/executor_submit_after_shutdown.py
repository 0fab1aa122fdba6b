"""Broken: submit() after shutdown returns a future of None instead of raising RuntimeError."""

from concurrent.futures import Future, ProcessPoolExecutor

from tests.broken import _mirror

BREAKS = {"executor.shutdown.submit_raises", "executor.map.after_shutdown", "executor.context_manager.shutdown_wait"}


class Executor(ProcessPoolExecutor):
    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown_thread:
            future = Future()
            future.set_result(None)
            return future
        return super().submit(fn, *args, **kwargs)


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=Executor)
