"""Broken: SharedMemoryManager is a wrapper delegating to a manager, not a BaseManager subclass."""

from multiprocessing import managers as stdlib_managers

from tests.broken import _mirror

BREAKS = {"shared_memory.sharedmemorymanager.subclass"}


class SharedMemoryManager:
    def __init__(self, *args, **kwargs):
        self._manager = stdlib_managers.SharedMemoryManager(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._manager, name)

    def __enter__(self):
        self._manager.__enter__()
        return self

    def __exit__(self, *exc_info):
        self._manager.__exit__(*exc_info)


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(stdlib_managers, SharedMemoryManager=SharedMemoryManager)})
