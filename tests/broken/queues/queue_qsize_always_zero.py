"""Broken: Queue.qsize() always returns 0."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.qsize.returns"}


class ZeroQueue(queues.Queue):
    def qsize(self):
        return 0


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: ZeroQueue(maxsize, ctx=ctx))
