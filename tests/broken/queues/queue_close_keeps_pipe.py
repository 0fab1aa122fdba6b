"""Broken: Queue keeps copies of its pipe's descriptors, which close() never releases (garbage collection does)."""

import os
import weakref

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.close.releases"}


class PipeKeepingQueue(queues.Queue):
    def __init__(self, maxsize=0, *, ctx):
        super().__init__(maxsize, ctx=ctx)
        kept = [os.dup(self._reader.fileno()), os.dup(self._writer.fileno())]
        weakref.finalize(self, lambda: [os.close(fd) for fd in kept])


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: PipeKeepingQueue(maxsize, ctx=ctx))
