"""Broken: RLock() returns a non-recursive Lock."""

from tests.broken import _mirror

BREAKS = {
    "rlock.acquire.nonblocking_other_owner",
    "rlock.acquire.reentrant",
    "rlock.ctor.factory",
    "rlock.release.decrements",
    "rlock.release.not_owner_assertion",
}

_mirror.install(__name__, RLock=lambda ctx: ctx.Lock)
