"""Broken: JoinableQueue.join() returns at once, without waiting for unfinished tasks."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.joinablequeue.join.blocks", "queues.joinablequeue.join.counter", "queues.joinablequeue.task_done.wakes_join"}


class HastyJoinableQueue(queues.JoinableQueue):
    def join(self):
        pass


_mirror.install(__name__, JoinableQueue=lambda ctx: lambda maxsize=0: HastyJoinableQueue(maxsize, ctx=ctx))
