"""Broken: JoinableQueue.put() on a closed queue raises AssertionError (the behaviour before 3.8) instead of ValueError."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.joinablequeue.put.closed_valueerror"}


class OldJoinableQueue(queues.JoinableQueue):
    def put(self, obj, block=True, timeout=None):
        assert not self._closed, f"Queue {self!r} is closed"
        super().put(obj, block, timeout)


_mirror.install(__name__, JoinableQueue=lambda ctx: lambda maxsize=0: OldJoinableQueue(maxsize, ctx=ctx))
