"""Broken: RLock() returns a non-recursive Lock."""

from tests.broken import _mirror

BREAKS = {
    "synchronize.rlock.acquire.nonblocking_other_owner",
    "synchronize.rlock.acquire.reentrant",
    "synchronize.rlock.ctor.factory",
    "synchronize.rlock.release.decrements",
    "synchronize.rlock.release.not_owner_assertion",
}

_mirror.install(__name__, RLock=lambda ctx: ctx.Lock)
