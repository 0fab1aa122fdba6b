"""Broken: a Semaphore is not shared: each child process gets its own copy with the initial value."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"semaphore.acquire.blocks_at_zero", "semaphore.get_value.current", "semaphore.locked.state"}


_mirror.install(__name__, Semaphore=_mirror.process_local(__name__, synchronize.Semaphore))
