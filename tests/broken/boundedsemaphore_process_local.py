"""Broken: a BoundedSemaphore is not shared: each child process gets its own copy with the initial value."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"boundedsemaphore.acquire.blocks_at_zero", "boundedsemaphore.acquire.sigint_interrupts", "boundedsemaphore.locked.state"}


_mirror.install(__name__, BoundedSemaphore=_mirror.process_local(__name__, synchronize.BoundedSemaphore))
