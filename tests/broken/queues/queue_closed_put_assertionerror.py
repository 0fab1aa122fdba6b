"""Broken: Queue.put() on a closed queue raises AssertionError (the behaviour before 3.8) instead of ValueError."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.put.closed_valueerror"}


class OldQueue(queues.Queue):
    def put(self, obj, block=True, timeout=None):
        assert not self._closed, f"Queue {self!r} is closed"
        super().put(obj, block, timeout)


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: OldQueue(maxsize, ctx=ctx))
