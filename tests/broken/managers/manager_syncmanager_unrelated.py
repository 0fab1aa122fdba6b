"""Broken: managers.SyncManager is a class unrelated to BaseManager and to what Manager() returns."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.syncmanager.subclass"}


class SyncManager:
    pass


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(managers, SyncManager=SyncManager)})
