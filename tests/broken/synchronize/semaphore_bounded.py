"""Broken: Semaphore is bounded: release() above the initial value raises ValueError."""

from tests.broken import _mirror

BREAKS = {"synchronize.semaphore.release.unbounded"}

_mirror.install(__name__, Semaphore=lambda ctx: ctx.BoundedSemaphore)
