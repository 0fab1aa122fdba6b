"""Broken: Queue() without maxsize is bounded to 500 items instead of unbounded."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.ctor.maxsize_default"}

_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=500: queues.Queue(maxsize, ctx=ctx))
