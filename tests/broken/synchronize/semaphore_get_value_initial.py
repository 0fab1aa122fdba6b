"""Broken: Semaphore.get_value() always returns the initial value."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.semaphore.get_value.current"}


class StaleSemaphore(synchronize.Semaphore):
    def __init__(self, value=1, *, ctx):
        super().__init__(value, ctx=ctx)
        self._initial = value

    def get_value(self):
        return self._initial


_mirror.install(__name__, Semaphore=lambda ctx: lambda value=1: StaleSemaphore(value, ctx=ctx))
