"""Broken: ProcessPoolExecutor() without max_workers has one worker, not one per processor."""

from concurrent.futures import ProcessPoolExecutor

from tests.broken import _mirror

BREAKS = {"executor.max_workers.default_cpu_count", "executor.max_workers.default_process_cpu_count"}


class Executor(ProcessPoolExecutor):
    def __init__(self, max_workers=None, *args, **kwargs):
        super().__init__(1 if max_workers is None else max_workers, *args, **kwargs)


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=Executor)
