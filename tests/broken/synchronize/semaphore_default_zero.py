"""Broken: Semaphore() starts with the value 0 instead of 1."""

from tests.broken import _mirror

BREAKS = {"synchronize.semaphore.ctor.value_default"}

_mirror.install(__name__, Semaphore=lambda ctx: lambda value=0: ctx.Semaphore(value))
