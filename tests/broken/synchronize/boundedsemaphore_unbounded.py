"""Broken: BoundedSemaphore is an ordinary Semaphore: release() above the initial value succeeds."""

from tests.broken import _mirror

BREAKS = {"synchronize.boundedsemaphore.release.over_release"}

_mirror.install(__name__, BoundedSemaphore=lambda ctx: ctx.Semaphore)
