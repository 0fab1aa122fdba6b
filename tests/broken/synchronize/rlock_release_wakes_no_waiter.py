"""Broken: a blocked RLock.acquire() is not woken by release(): it takes the RLock only once its own timeout expires."""

from multiprocessing import synchronize

from tests.broken import _mirror, _late

BREAKS = {"synchronize.rlock.acquire.block_true", "synchronize.rlock.acquire.timeout_like_lock"}


class WakelessRLock(_late.WakelessAcquire, synchronize.RLock):
    pass


_mirror.install(__name__, RLock=lambda ctx: lambda: WakelessRLock(ctx=ctx))
