"""Broken: JoinableQueue.task_done() never wakes a blocked join()."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.joinablequeue.task_done.wakes_join", "queues.joinablequeue.join.blocks", "queues.joinablequeue.join.counter"}


class SilentJoinableQueue(queues.JoinableQueue):
    def task_done(self):
        with self._cond:
            if not self._unfinished_tasks.acquire(False):
                raise ValueError("task_done() called too many times")


_mirror.install(__name__, JoinableQueue=lambda ctx: lambda maxsize=0: SilentJoinableQueue(maxsize, ctx=ctx))
