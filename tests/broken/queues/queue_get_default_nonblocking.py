"""Broken: Queue.get() with the default arguments raises queue.Empty on an empty queue instead of blocking."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.get.blocks_default"}


class NonBlockingQueue(queues.Queue):
    def get(self, block=True, timeout=None):
        return super().get(block and timeout is not None, timeout)


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: NonBlockingQueue(maxsize, ctx=ctx))
