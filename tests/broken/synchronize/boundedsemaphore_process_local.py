"""Broken: a BoundedSemaphore is not shared: each child process gets its own copy with the initial value."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.boundedsemaphore.acquire.blocks_at_zero", "synchronize.boundedsemaphore.acquire.sigint_interrupts", "synchronize.boundedsemaphore.locked.state"}


_mirror.install(__name__, BoundedSemaphore=_mirror.process_local(__name__, synchronize.BoundedSemaphore))
