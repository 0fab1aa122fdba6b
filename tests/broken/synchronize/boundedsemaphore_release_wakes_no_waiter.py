"""Broken: a blocked BoundedSemaphore.acquire() is not woken by release(): it takes a unit only once its own timeout expires."""

from multiprocessing import synchronize

from tests.broken import _mirror, _late

BREAKS = {"synchronize.boundedsemaphore.acquire.blocks_at_zero"}


class WakelessBoundedSemaphore(_late.WakelessAcquire, synchronize.BoundedSemaphore):
    pass


_mirror.install(__name__, BoundedSemaphore=lambda ctx: lambda value=1: WakelessBoundedSemaphore(value, ctx=ctx))
