"""Broken: Queue.join_thread() looks whether the feeder thread has ended only every LATE_BY s."""

from multiprocessing import queues

from tests.broken import _mirror
from tests.broken._late import drowsy

BREAKS = {"queues.queue.join_thread.blocks_until_flushed"}


class DrowsyQueue(queues.Queue):
    def join_thread(self):
        if self._thread is not None and not self._joincancelled:
            drowsy(lambda: not self._thread.is_alive())
        super().join_thread()


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: DrowsyQueue(maxsize, ctx=ctx))
