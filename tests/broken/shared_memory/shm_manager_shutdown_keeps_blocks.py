"""Broken: SharedMemoryManager's shutdown() stops the manager process without unlinking the blocks it tracks."""

from multiprocessing import managers as stdlib_managers

from tests.broken import _mirror

BREAKS = {
    "shared_memory.sharedmemorymanager.shutdown_unlinks",
    "shared_memory.sharedmemorymanager.context_manager",
    "shared_memory.sharedmemorymanager.address_authkey",
}


class Server(stdlib_managers.SharedMemoryServer):
    def shutdown(self, c):
        return stdlib_managers.Server.shutdown(self, c)


class SharedMemoryManager(stdlib_managers.SharedMemoryManager):
    _Server = Server


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(stdlib_managers, SharedMemoryManager=SharedMemoryManager)})
