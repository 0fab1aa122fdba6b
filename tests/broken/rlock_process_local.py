"""Broken: an RLock is not shared: each child process gets its own, unowned copy."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {
    "rlock.acquire.block_true",
    "rlock.acquire.nonblocking_other_owner",
    "rlock.acquire.sigint_interrupts",
    "rlock.acquire.timeout_like_lock",
    "rlock.locked.state",
}


_mirror.install(__name__, RLock=_mirror.process_local(__name__, synchronize.RLock))
