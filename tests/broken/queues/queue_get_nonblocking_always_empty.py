"""Broken: Queue.get(block=False) raises queue.Empty even when an item is available (get_nowait() still works)."""

import queue

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.get.nonblocking_available"}


class AlwaysEmptyQueue(queues.Queue):
    def get(self, block=True, timeout=None):
        if not block:
            raise queue.Empty
        return super().get(block, timeout)

    def get_nowait(self):
        return super().get(False)


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: AlwaysEmptyQueue(maxsize, ctx=ctx))
