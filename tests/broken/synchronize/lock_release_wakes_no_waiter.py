"""Broken: a blocked Lock.acquire() is not woken by release(): it takes the lock only once its own timeout expires."""

from multiprocessing import synchronize

from tests.broken import _mirror, _late

BREAKS = {
    "synchronize.lock.acquire.block_default",
    "synchronize.lock.acquire.cross_process",
    "synchronize.lock.acquire.timeout_none_infinite",
}


class WakelessLock(_late.WakelessAcquire, synchronize.Lock):
    pass


_mirror.install(__name__, Lock=lambda ctx: lambda: WakelessLock(ctx=ctx))
