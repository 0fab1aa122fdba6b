"""Broken: Queue(maxsize) holds maxsize + 1 items."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {
    "queue.ctor.maxsize_bounds", "queue.full.returns", "queue.put.blocks_default", "queue.put.nonblocking_full",
    "queue.put.timeout_full", "queue.put_nowait.full_raises",
}

_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: queues.Queue(maxsize + 1 if maxsize > 0 else 0, ctx=ctx))
