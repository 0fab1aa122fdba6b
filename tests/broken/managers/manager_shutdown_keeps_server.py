"""Broken: BaseManager.shutdown() (and so leaving a with block) leaves the server running."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.shutdown.stops", "managers.basemanager.context_manager", "managers.basemanager.shutdown_timeout_terminates",
          "managers.basemanager.shutdown_timeout_kills"}


class BaseManager(managers.BaseManager):
    def start(self, *args, **kwargs):
        super().start(*args, **kwargs)
        self.shutdown.cancel()
        self.shutdown = lambda: None


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(managers, BaseManager=BaseManager)})
