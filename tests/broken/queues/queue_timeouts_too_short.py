"""Broken: Queue.put() and Queue.get() give up after a tenth of their timeout."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.put.timeout_full", "queues.queue.get.timeout_empty"}


class HastyQueue(queues.Queue):
    def put(self, obj, block=True, timeout=None):
        super().put(obj, block, None if timeout is None else timeout / 10)

    def get(self, block=True, timeout=None):
        return super().get(block, None if timeout is None else timeout / 10)


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: HastyQueue(maxsize, ctx=ctx))
