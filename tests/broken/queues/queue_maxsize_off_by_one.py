"""Broken: Queue(maxsize) holds maxsize + 1 items."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {
    "queues.queue.ctor.maxsize_bounds", "queues.queue.full.returns", "queues.queue.put.blocks_default", "queues.queue.put.nonblocking_full",
    "queues.queue.put.timeout_full", "queues.queue.put_nowait.full_raises",
}

_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: queues.Queue(maxsize + 1 if maxsize > 0 else 0, ctx=ctx))
