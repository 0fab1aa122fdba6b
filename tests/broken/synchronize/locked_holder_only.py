"""Broken: locked() of Lock, RLock, Semaphore and BoundedSemaphore says whether the calling thread holds a unit of it."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.lock.locked.state", "synchronize.rlock.locked.state", "synchronize.semaphore.locked.state", "synchronize.boundedsemaphore.locked.state"}


class HolderOnly:
    def locked(self):
        return self._semlock._is_mine()


class Lock(HolderOnly, synchronize.Lock):
    pass


class RLock(HolderOnly, synchronize.RLock):
    pass


class Semaphore(HolderOnly, synchronize.Semaphore):
    pass


class BoundedSemaphore(HolderOnly, synchronize.BoundedSemaphore):
    pass


_mirror.install(
    __name__,
    Lock=lambda ctx: lambda: Lock(ctx=ctx),
    RLock=lambda ctx: lambda: RLock(ctx=ctx),
    Semaphore=lambda ctx: lambda value=1: Semaphore(value, ctx=ctx),
    BoundedSemaphore=lambda ctx: lambda value=1: BoundedSemaphore(value, ctx=ctx),
)
