"""Broken: an RLock is not shared: each child process gets its own, unowned copy."""

from multiprocessing import synchronize, util

from tests.broken import _mirror

BREAKS = {
    "rlock.acquire.block_true",
    "rlock.acquire.nonblocking_other_owner",
    "rlock.acquire.sigint_interrupts",
    "rlock.acquire.timeout_like_lock",
    "rlock.locked.state",
}


class ProcessLocalRLock(synchronize.RLock):
    def __init__(self, *, ctx):
        super().__init__(ctx=ctx)
        self._ctx = ctx
        util.register_after_fork(self, ProcessLocalRLock._replace)

    def _replace(self):
        self._semlock = synchronize.RLock(ctx=self._ctx)._semlock
        self._make_methods()


_mirror.install(__name__, RLock=lambda ctx: lambda: ProcessLocalRLock(ctx=ctx))
