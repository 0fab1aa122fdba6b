"""Broken: Queue.join_thread() returns at once instead of waiting for the feeder thread to flush."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.join_thread.blocks_until_flushed"}


class NoJoinQueue(queues.Queue):
    def join_thread(self):
        pass


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: NoJoinQueue(maxsize, ctx=ctx))
