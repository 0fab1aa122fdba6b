"""Broken: JoinableQueue.join() waits for a task_done() even when no task is unfinished."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.joinablequeue.join.no_tasks_immediate"}


class WaitingJoinableQueue(queues.JoinableQueue):
    def join(self):
        with self._cond:
            self._cond.wait()


_mirror.install(__name__, JoinableQueue=lambda ctx: lambda maxsize=0: WaitingJoinableQueue(maxsize, ctx=ctx))
