"""Broken: a BoundedSemaphore is not shared: each child process gets its own copy with the initial value."""

from multiprocessing import synchronize, util

from tests.broken import _mirror

BREAKS = {"boundedsemaphore.acquire.blocks_at_zero", "boundedsemaphore.acquire.sigint_interrupts", "boundedsemaphore.locked.state"}


class ProcessLocalBoundedSemaphore(synchronize.BoundedSemaphore):
    def __init__(self, value=1, *, ctx):
        super().__init__(value, ctx=ctx)
        self._ctx, self._initial = ctx, value
        util.register_after_fork(self, ProcessLocalBoundedSemaphore._replace)

    def _replace(self):
        self._semlock = synchronize.BoundedSemaphore(self._initial, ctx=self._ctx)._semlock
        self._make_methods()


_mirror.install(__name__, BoundedSemaphore=lambda ctx: lambda value=1: ProcessLocalBoundedSemaphore(value, ctx=ctx))
