"""Broken: Lock.acquire() given a timeout gives up 5 s after it (a negative timeout counting as zero)."""

from multiprocessing import synchronize

from tests.broken import _mirror, _late

BREAKS = {
    "lock.acquire.non_recursive",
    "lock.acquire.returns",
    "lock.acquire.timeout_negative_zero",
    "lock.acquire.timeout_positive",
}


class LateLock(_late.LateAcquire, synchronize.Lock):
    pass


_mirror.install(__name__, Lock=lambda ctx: lambda: LateLock(ctx=ctx))
