"""Broken: in the creating process, Queue.put() from a thread other than the creating thread is silently dropped."""

import os
import threading

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.safety.threads"}


class OneThreadQueue(queues.Queue):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._creator_thread = threading.get_ident()

    def put(self, obj, block=True, timeout=None):
        if os.getpid() != self._opid or threading.get_ident() == self._creator_thread:
            super().put(obj, block, timeout)


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: OneThreadQueue(maxsize, ctx=ctx))
