"""Broken: Queue.put(obj, block=False, timeout=t) waits up to t on a full queue instead of ignoring the timeout."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.put.nonblocking_full"}


class WaitingQueue(queues.Queue):
    def put(self, obj, block=True, timeout=None):
        super().put(obj, block or timeout is not None, timeout)


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: WaitingQueue(maxsize, ctx=ctx))
