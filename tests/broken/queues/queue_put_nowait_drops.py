"""Broken: Queue.put_nowait() on a queue with a free slot returns without putting the item."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.put_nowait.puts"}


class DroppingQueue(queues.Queue):
    def put_nowait(self, obj):
        if self.full():
            super().put_nowait(obj)


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: DroppingQueue(maxsize, ctx=ctx))
