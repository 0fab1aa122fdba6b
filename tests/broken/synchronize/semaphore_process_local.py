"""Broken: a Semaphore is not shared: each child process gets its own copy with the initial value."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.semaphore.acquire.blocks_at_zero", "synchronize.semaphore.get_value.current", "synchronize.semaphore.locked.state"}


_mirror.install(__name__, Semaphore=_mirror.process_local(__name__, synchronize.Semaphore))
