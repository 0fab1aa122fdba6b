"""Broken: JoinableQueue.task_done() called more times than items were put returns instead of raising ValueError."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.joinablequeue.task_done.too_many"}


class LenientJoinableQueue(queues.JoinableQueue):
    def task_done(self):
        try:
            super().task_done()
        except ValueError:
            pass


_mirror.install(__name__, JoinableQueue=lambda ctx: lambda maxsize=0: LenientJoinableQueue(maxsize, ctx=ctx))
