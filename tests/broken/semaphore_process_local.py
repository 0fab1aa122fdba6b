"""Broken: a Semaphore is not shared: each child process gets its own copy with the initial value."""

from multiprocessing import synchronize, util

from tests.broken import _mirror

BREAKS = {"semaphore.acquire.blocks_at_zero", "semaphore.get_value.current", "semaphore.locked.state"}


class ProcessLocalSemaphore(synchronize.Semaphore):
    def __init__(self, value=1, *, ctx):
        super().__init__(value, ctx=ctx)
        self._ctx, self._initial = ctx, value
        util.register_after_fork(self, ProcessLocalSemaphore._replace)

    def _replace(self):
        self._semlock = synchronize.Semaphore(self._initial, ctx=self._ctx)._semlock
        self._make_methods()


_mirror.install(__name__, Semaphore=lambda ctx: lambda value=1: ProcessLocalSemaphore(value, ctx=ctx))
