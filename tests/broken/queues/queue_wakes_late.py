"""Broken: a blocked Queue.get() or put() (default arguments) looks for an item or a free slot only every LATE_BY s."""

from multiprocessing import queues

from tests.broken import _mirror
from tests.broken._late import drowsy

BREAKS = {"queues.queue.get.blocks_default", "queues.queue.put.blocks_default"}


class DrowsyQueue(queues.Queue):
    def put(self, obj, block=True, timeout=None):
        if block and timeout is None:
            drowsy(lambda: not self.full())
        super().put(obj, block, timeout)

    def get(self, block=True, timeout=None):
        if block and timeout is None:
            drowsy(self._poll)
        return super().get(block, timeout)


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: DrowsyQueue(maxsize, ctx=ctx))
