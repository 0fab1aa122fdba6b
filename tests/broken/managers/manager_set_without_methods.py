"""Broken: a Manager() set proxy exposes no methods."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.syncmanager.set", "managers.example.set"}


class SyncManager(managers.SyncManager):
    pass


SyncManager.register("set", set, exposed=())


_mirror.install(__name__, Manager=_mirror.started(SyncManager))
