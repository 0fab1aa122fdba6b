"""Broken: ProcessPoolExecutor accepts max_workers <= 0 (and above 61 on Windows) and uses 1."""

import sys
from concurrent.futures import ProcessPoolExecutor

from tests.broken import _mirror

BREAKS = {"executor.max_workers.nonpositive_raises", "executor.max_workers.windows_limit"}


class Executor(ProcessPoolExecutor):
    def __init__(self, max_workers=None, *args, **kwargs):
        if max_workers is not None and (max_workers <= 0 or (sys.platform == "win32" and max_workers > 61)):
            max_workers = 1
        super().__init__(max_workers, *args, **kwargs)


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=Executor)
