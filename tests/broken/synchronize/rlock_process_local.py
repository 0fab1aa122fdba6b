"""Broken: an RLock is not shared: each child process gets its own, unowned copy."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {
    "synchronize.rlock.acquire.block_true",
    "synchronize.rlock.acquire.nonblocking_other_owner",
    "synchronize.rlock.acquire.sigint_interrupts",
    "synchronize.rlock.acquire.timeout_like_lock",
    "synchronize.rlock.locked.state",
}


_mirror.install(__name__, RLock=_mirror.process_local(__name__, synchronize.RLock))
