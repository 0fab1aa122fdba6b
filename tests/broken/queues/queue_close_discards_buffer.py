"""Broken: in the creating process, Queue.close() discards the items still buffered instead of letting the feeder flush them."""

import os

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.close.flushes_buffered"}


class DiscardingQueue(queues.Queue):
    def close(self):
        if os.getpid() == self._opid:
            with self._notempty:
                self._buffer.clear()
        super().close()


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: DiscardingQueue(maxsize, ctx=ctx))
