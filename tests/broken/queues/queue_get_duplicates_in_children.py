"""Broken: in a process other than the Queue's creator, get() returns each item twice."""

import os

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.fifo.parent_to_child", "queues.queue.fifo.multi_consumer", "queues.queue.close.flushes_buffered"}


class DuplicatingQueue(queues.Queue):
    def get(self, block=True, timeout=None):
        if os.getpid() == self._opid:
            return super().get(block, timeout)
        if getattr(self, "_again", None):
            return self._again.pop()
        item = super().get(block, timeout)
        self._again = [item]
        return item


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: DuplicatingQueue(maxsize, ctx=ctx))
