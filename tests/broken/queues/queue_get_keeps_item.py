"""Broken: Queue.get() does not remove the item: a later get(block=False) on the drained queue returns it again."""

import queue

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.get.removes"}


class KeepingQueue(queues.Queue):
    def get(self, block=True, timeout=None):
        try:
            self._kept = super().get(block, timeout)
        except queue.Empty:
            if not block and hasattr(self, "_kept"):
                return self._kept
            raise
        return self._kept


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: KeepingQueue(maxsize, ctx=ctx))
