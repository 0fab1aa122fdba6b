"""Queue.put_nowait() ends the process: the harness (with pytest-xdist) must give the crash verdict."""

import os

from multiprocessing import queues

from tests.broken import _mirror


class CrashingQueue(queues.Queue):
    def put_nowait(self, obj):
        os._exit(3)


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: CrashingQueue(maxsize, ctx=ctx))
