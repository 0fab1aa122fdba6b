"""Broken: SimpleQueue.get() on an empty queue looks for an item only every LATE_BY s."""

from multiprocessing import queues

from tests.broken import _mirror
from tests.broken._late import drowsy

BREAKS = {"queues.simplequeue.get.blocks_until_item"}


class DrowsySimpleQueue(queues.SimpleQueue):
    def get(self):
        drowsy(self._poll)
        return super().get()


_mirror.install(__name__, SimpleQueue=lambda ctx: lambda: DrowsySimpleQueue(ctx=ctx))
