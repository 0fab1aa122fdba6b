"""Broken: Lock() returns a recursive lock (an RLock)."""

from tests.broken import _mirror

BREAKS = {
    "lock.acquire.non_recursive",
    "lock.acquire.nonblocking_unlocked",
    "lock.acquire.param_name_block",
    "lock.ctor.factory",
    "lock.release.any_owner",
    "lock.release.unlocked_valueerror",
    "lock.with.acquires_releases",
}

_mirror.install(__name__, Lock=lambda ctx: ctx.RLock)
