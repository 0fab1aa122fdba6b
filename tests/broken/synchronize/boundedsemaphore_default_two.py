"""Broken: BoundedSemaphore() starts with the value 2 instead of 1."""

from tests.broken import _mirror

BREAKS = {"synchronize.boundedsemaphore.ctor.value_default"}

_mirror.install(__name__, BoundedSemaphore=lambda ctx: lambda value=2: ctx.BoundedSemaphore(value))
