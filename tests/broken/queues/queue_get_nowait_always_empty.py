"""Broken: Queue.get_nowait() raises queue.Empty even when an item is available."""

import queue

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.get_nowait.returns"}


class AlwaysEmptyQueue(queues.Queue):
    def get_nowait(self):
        raise queue.Empty


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: AlwaysEmptyQueue(maxsize, ctx=ctx))
