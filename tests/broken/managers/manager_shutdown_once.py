"""Broken: a second BaseManager.shutdown() raises ProcessError."""

from multiprocessing import ProcessError, managers

from tests.broken import _mirror

BREAKS = {"managers.shutdown.idempotent"}


class BaseManager(managers.BaseManager):
    def start(self, *args, **kwargs):
        super().start(*args, **kwargs)
        finalizer, calls = self.shutdown, []

        def shutdown():
            if calls:
                raise ProcessError("manager already shut down")
            calls.append(True)
            finalizer()

        self.shutdown = shutdown


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(managers, BaseManager=BaseManager)})
