"""Broken: SharedMemory segments are not registered with the resource tracker, so a leaked one is never unlinked."""

from multiprocessing import resource_tracker, shared_memory

from tests.broken import _mirror

BREAKS = {"context.resource_tracker.cleanup_at_exit"}
START_METHODS = ("spawn",)


class UntrackedSharedMemory(shared_memory.SharedMemory):
    def __init__(self, name=None, create=False, size=0):
        super().__init__(name, create, size)
        resource_tracker.unregister(self._name, "shared_memory")


_mirror.install(__name__, submodules={"shared_memory": _mirror.patched_module(
    shared_memory, SharedMemory=UntrackedSharedMemory)})
