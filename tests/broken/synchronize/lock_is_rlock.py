"""Broken: Lock() returns a recursive lock (an RLock)."""

from tests.broken import _mirror

BREAKS = {
    "synchronize.lock.acquire.non_recursive",
    "synchronize.lock.acquire.nonblocking_unlocked",
    "synchronize.lock.acquire.param_name_block",
    "synchronize.lock.ctor.factory",
    "synchronize.lock.release.any_owner",
    "synchronize.lock.release.unlocked_valueerror",
    "synchronize.lock.with.acquires_releases",
}

_mirror.install(__name__, Lock=lambda ctx: ctx.RLock)
