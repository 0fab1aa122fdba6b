"""Broken: RLock.acquire() given a timeout gives up 5 s after it (a negative timeout counting as zero)."""

from multiprocessing import synchronize

from tests.broken import _mirror, _late

BREAKS = {"synchronize.rlock.acquire.timeout_like_lock"}


class LateRLock(_late.LateAcquire, synchronize.RLock):
    pass


_mirror.install(__name__, RLock=lambda ctx: lambda: LateRLock(ctx=ctx))
