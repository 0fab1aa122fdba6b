"""Broken: Queue.put(obj) with the default arguments raises queue.Full on a full queue instead of blocking."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.put.blocks_default"}


class NonBlockingQueue(queues.Queue):
    def put(self, obj, block=True, timeout=None):
        super().put(obj, block and timeout is not None, timeout)


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: NonBlockingQueue(maxsize, ctx=ctx))
