"""An example backend: stdlib's spawn context, except that its queues are always unbounded."""

import multiprocessing
from multiprocessing.context import SpawnContext
from pathlib import Path


class UnboundedQueueContext(SpawnContext):
    """Queue(maxsize) ignores maxsize: the deviation this backend's manifest explains."""

    def Queue(self, maxsize=0):
        return super().Queue()


def backend():
    """What the mp_conformance.backends entry point returns: the Backend to test."""
    from conformance.backends import Backend

    return Backend("example", "multiprocessing", "1.0", {"spawn": UnboundedQueueContext()},
                   manifest=Path(__file__).with_name("manifest.toml"))


# Spawned children unpickle the context by this name.
multiprocessing.context.UnboundedQueueContext = UnboundedQueueContext
