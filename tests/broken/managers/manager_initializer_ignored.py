"""Broken: BaseManager.start() ignores initializer and initargs."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.start.initializer"}


class BaseManager(managers.BaseManager):
    def start(self, initializer=None, initargs=()):
        super().start()


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(managers, BaseManager=BaseManager)})
