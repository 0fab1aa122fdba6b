"""Broken: Queue.put() and Queue.get() given a timeout give up LATE_BY s after it."""

import queue
import time

from multiprocessing import queues

from tests.broken import _mirror
from tests.broken._late import LATE_BY

BREAKS = {"queues.queue.put.timeout_full", "queues.queue.get.timeout_empty"}


class LateQueue(queues.Queue):
    def put(self, obj, block=True, timeout=None):
        try:
            super().put(obj, block, timeout)
        except queue.Full:
            if block:
                time.sleep(LATE_BY)
            raise

    def get(self, block=True, timeout=None):
        try:
            return super().get(block, timeout)
        except queue.Empty:
            if block:
                time.sleep(LATE_BY)
            raise


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: LateQueue(maxsize, ctx=ctx))
