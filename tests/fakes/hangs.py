"""Queue.put_nowait() blocks forever: the harness must give the timeout verdict."""

import threading

from multiprocessing import queues

from tests.broken import _mirror


class HangingQueue(queues.Queue):
    def put_nowait(self, obj):
        threading.Event().wait()


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: HangingQueue(maxsize, ctx=ctx))
