"""Broken: JoinableQueue.task_done() wakes a blocked join() even while other tasks are unfinished."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.joinablequeue.join.counter"}


class EarlyJoinableQueue(queues.JoinableQueue):
    def task_done(self):
        with self._cond:
            if not self._unfinished_tasks.acquire(False):
                raise ValueError("task_done() called too many times")
            self._cond.notify_all()


_mirror.install(__name__, JoinableQueue=lambda ctx: lambda maxsize=0: EarlyJoinableQueue(maxsize, ctx=ctx))
