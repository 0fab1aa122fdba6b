"""Broken: Queue.empty() always returns True."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.empty.returns"}


class EmptyQueue(queues.Queue):
    def empty(self):
        return True


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: EmptyQueue(maxsize, ctx=ctx))
