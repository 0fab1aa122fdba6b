"""Broken: the Server that BaseManager.get_server() returns reports the address it was given, not where it listens."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.get_server.returns_server", "managers.get_server.serve_forever_blocks"}


class BaseManager(managers.BaseManager):
    def get_server(self):
        server = super().get_server()
        server.address = self.address
        return server


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(managers, BaseManager=BaseManager)})
