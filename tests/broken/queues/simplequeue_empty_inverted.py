"""Broken: SimpleQueue.empty() returns False for an empty queue and True for a non-empty one."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.simplequeue.empty.returns", "queues.simplequeue.get.blocks_until_item"}


class InvertedSimpleQueue(queues.SimpleQueue):
    def empty(self):
        return not super().empty()


_mirror.install(__name__, SimpleQueue=lambda ctx: lambda: InvertedSimpleQueue(ctx=ctx))
