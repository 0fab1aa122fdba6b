"""Broken: Queue.get() on a closed queue raises OSError (the behaviour before 3.8) instead of ValueError."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.get.closed_valueerror"}


class OldQueue(queues.Queue):
    def get(self, block=True, timeout=None):
        if self._closed:
            raise OSError("handle is closed")
        return super().get(block, timeout)


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: OldQueue(maxsize, ctx=ctx))
