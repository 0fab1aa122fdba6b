"""Broken: SimpleQueue.get() on an empty queue returns None at once instead of waiting for an item."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.simplequeue.get.blocks_until_item"}


class NonBlockingSimpleQueue(queues.SimpleQueue):
    def get(self):
        return super().get() if self._poll() else None


_mirror.install(__name__, SimpleQueue=lambda ctx: lambda: NonBlockingSimpleQueue(ctx=ctx))
