"""Broken: Queue.get_nowait() on an empty queue returns None instead of raising queue.Empty."""

import queue

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.get_nowait.empty_raises"}


class NoneQueue(queues.Queue):
    def get_nowait(self):
        try:
            return super().get_nowait()
        except queue.Empty:
            return None


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: NoneQueue(maxsize, ctx=ctx))
