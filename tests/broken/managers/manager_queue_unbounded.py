"""Broken: a Manager() Queue ignores maxsize."""

import queue
from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.syncmanager.queue"}


class SyncManager(managers.SyncManager):
    pass


def unbounded_queue(maxsize=0):
    return queue.Queue()


SyncManager.register("Queue", unbounded_queue)


_mirror.install(__name__, Manager=_mirror.started(SyncManager))
