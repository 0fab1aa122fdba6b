"""Broken: JoinableQueue is a separate class that wraps a Queue and offers only some of its methods."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.joinablequeue.api.subclass"}


class PartialJoinableQueue:
    def __init__(self, maxsize, ctx):
        self._queue = queues.JoinableQueue(maxsize, ctx=ctx)
        for name in ("put", "get", "task_done", "join", "close", "join_thread"):
            setattr(self, name, getattr(self._queue, name))


_mirror.install(__name__, JoinableQueue=lambda ctx: lambda maxsize=0: PartialJoinableQueue(maxsize, ctx))
