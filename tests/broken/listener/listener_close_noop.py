"""Broken: Listener.close() does nothing; the bound socket stays open until garbage collection."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {
    "listener.listener.close",
    "listener.listener.accept_after_close",
    "listener.listener.context_manager",
}


class NeverClosedListener(connection.Listener):
    def close(self):
        pass


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, Listener=NeverClosedListener)})
