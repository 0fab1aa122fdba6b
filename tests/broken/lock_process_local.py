"""Broken: a Lock is not shared: each child process gets its own, unlocked copy."""

from multiprocessing import synchronize, util

from tests.broken import _mirror

BREAKS = {
    "lock.acquire.block_default",
    "lock.acquire.cross_process",
    "lock.acquire.nonblocking_locked",
    "lock.acquire.sigint_interrupts",
    "lock.acquire.timeout_none_infinite",
    "lock.acquire.timeout_positive",
    "lock.locked.state",
    "lock.release.any_owner",
}


class ProcessLocalLock(synchronize.Lock):
    def __init__(self, *, ctx):
        super().__init__(ctx=ctx)
        self._ctx = ctx
        util.register_after_fork(self, ProcessLocalLock._replace)

    def _replace(self):
        self._semlock = synchronize.Lock(ctx=self._ctx)._semlock
        self._make_methods()


_mirror.install(__name__, Lock=lambda ctx: lambda: ProcessLocalLock(ctx=ctx))
