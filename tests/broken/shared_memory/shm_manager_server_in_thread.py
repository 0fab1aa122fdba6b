"""Broken: SharedMemoryManager.start() runs the manager's server in a thread of the caller, not in a new process."""

import threading

from multiprocessing import managers as stdlib_managers, util

from tests.broken import _mirror

BREAKS = {"shared_memory.sharedmemorymanager.start"}


class Server(stdlib_managers.SharedMemoryServer):
    def serve_forever(self):
        self.stop_event = threading.Event()
        threading.Thread(target=self.accepter, daemon=True).start()
        self.stop_event.wait()


class SharedMemoryManager(stdlib_managers.SharedMemoryManager):
    _Server = Server

    def start(self, initializer=None, initargs=()):
        server = self.get_server()
        self._address = server.address
        self._process = threading.Thread(target=server.serve_forever, daemon=True)
        self._process.start()
        self._state.value = stdlib_managers.State.STARTED
        timeout = (self._shutdown_timeout,) if hasattr(self, "_shutdown_timeout") else ()
        self.shutdown = util.Finalize(
            self, type(self)._finalize_manager,
            args=(self._process, self._address, self._authkey, self._state, self._Client) + timeout,
            exitpriority=0,
        )


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(stdlib_managers, SharedMemoryManager=SharedMemoryManager)})
