"""Broken: a blocked Semaphore.acquire() is not woken by release(): it takes a unit only once its own timeout expires."""

from multiprocessing import synchronize

from tests.broken import _mirror, _late

BREAKS = {"synchronize.semaphore.acquire.blocks_at_zero"}


class WakelessSemaphore(_late.WakelessAcquire, synchronize.Semaphore):
    pass


_mirror.install(__name__, Semaphore=lambda ctx: lambda value=1: WakelessSemaphore(value, ctx=ctx))
