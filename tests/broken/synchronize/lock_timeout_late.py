"""Broken: Lock.acquire() given a timeout gives up 5 s after it (a negative timeout counting as zero)."""

from multiprocessing import synchronize

from tests.broken import _mirror, _late

BREAKS = {
    "synchronize.lock.acquire.non_recursive",
    "synchronize.lock.acquire.returns",
    "synchronize.lock.acquire.timeout_negative_zero",
    "synchronize.lock.acquire.timeout_positive",
}


class LateLock(_late.LateAcquire, synchronize.Lock):
    pass


_mirror.install(__name__, Lock=lambda ctx: lambda: LateLock(ctx=ctx))
