"""Queue() starts a child process that never ends: the harness must report the leak and kill it."""

import threading

import multiprocessing
from multiprocessing import queues

from tests.broken import _mirror


def _forever():
    threading.Event().wait()


def _queue(ctx):
    def Queue(maxsize=0):
        multiprocessing.get_context("fork").Process(target=_forever, daemon=True).start()
        return queues.Queue(maxsize, ctx=ctx)

    return Queue


_mirror.install(__name__, Queue=_queue)
