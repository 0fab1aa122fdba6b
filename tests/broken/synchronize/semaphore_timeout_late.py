"""Broken: Semaphore.acquire() given a timeout gives up 5 s after it (a negative timeout counting as zero)."""

from multiprocessing import synchronize

from tests.broken import _mirror, _late

BREAKS = {"synchronize.semaphore.acquire.blocks_at_zero"}


class LateSemaphore(_late.LateAcquire, synchronize.Semaphore):
    pass


_mirror.install(__name__, Semaphore=lambda ctx: lambda value=1: LateSemaphore(value, ctx=ctx))
