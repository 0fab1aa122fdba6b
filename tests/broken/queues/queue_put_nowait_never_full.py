"""Broken: Queue.put_nowait() on a full queue does nothing instead of raising queue.Full."""

import queue

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.put_nowait.full_raises"}


class NeverFullQueue(queues.Queue):
    def put_nowait(self, obj):
        try:
            super().put_nowait(obj)
        except queue.Full:
            pass


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: NeverFullQueue(maxsize, ctx=ctx))
