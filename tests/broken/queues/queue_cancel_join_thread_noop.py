"""Broken: Queue.cancel_join_thread() does nothing, so join_thread() and the exit of the process still wait for the flush."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.cancel_join_thread.join_returns", "queues.queue.cancel_join_thread.exit_without_flush"}


class NoCancelQueue(queues.Queue):
    def cancel_join_thread(self):
        pass


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: NoCancelQueue(maxsize, ctx=ctx))
