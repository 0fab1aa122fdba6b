"""Broken: Queue.get(block=False, timeout=t) waits up to t on an empty queue instead of ignoring the timeout."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.get.nonblocking_empty"}


class WaitingQueue(queues.Queue):
    def get(self, block=True, timeout=None):
        return super().get(block or timeout is not None, timeout)


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: WaitingQueue(maxsize, ctx=ctx))
