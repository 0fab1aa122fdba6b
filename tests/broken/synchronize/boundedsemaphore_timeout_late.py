"""Broken: BoundedSemaphore.acquire() given a timeout gives up 5 s after it (a negative timeout counting as zero)."""

from multiprocessing import synchronize

from tests.broken import _mirror, _late

BREAKS = {"synchronize.boundedsemaphore.acquire.blocks_at_zero"}


class LateBoundedSemaphore(_late.LateAcquire, synchronize.BoundedSemaphore):
    pass


_mirror.install(__name__, BoundedSemaphore=lambda ctx: lambda value=1: LateBoundedSemaphore(value, ctx=ctx))
