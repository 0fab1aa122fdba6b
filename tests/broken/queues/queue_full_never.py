"""Broken: Queue.full() always returns False."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.full.returns"}


class NeverFullQueue(queues.Queue):
    def full(self):
        return False


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: NeverFullQueue(maxsize, ctx=ctx))
