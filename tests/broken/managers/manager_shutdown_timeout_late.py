"""Broken: BaseManager's shutdown_timeout is honoured 20 times late: shutdown() waits that much longer for a server that
does not exit before it terminates it, and again before it kills it."""

from multiprocessing import managers

from tests.broken import _late, _mirror

BREAKS = {"managers.basemanager.shutdown_timeout_terminates", "managers.basemanager.shutdown_timeout_kills"}


class BaseManager(managers.BaseManager):
    def __init__(self, *args, shutdown_timeout=1.0, **kwargs):
        super().__init__(*args, shutdown_timeout=_late.late(shutdown_timeout), **kwargs)


class SyncManager(managers.SyncManager, BaseManager):
    pass


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(managers, BaseManager=BaseManager, SyncManager=SyncManager)},
                Manager=_mirror.started(SyncManager))
