"""Broken: the backend's BrokenProcessPool is a plain RuntimeError subclass, not what the pool raises."""

from tests.broken import _mirror

BREAKS = {"executor.exceptions.broken_process_pool", "executor.broken.worker_exit", "executor.broken.worker_killed", "executor.initializer.raises_broken"}


class BrokenProcessPool(RuntimeError):
    pass


_mirror.install(__name__)
futures = _mirror.patched_futures(BrokenProcessPool=BrokenProcessPool)
