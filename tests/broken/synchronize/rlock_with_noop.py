"""Broken: `with rlock:` neither acquires nor releases the RLock."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.rlock.with.acquires_releases"}


class NoopWithRLock(synchronize.RLock):
    def __enter__(self):
        return True

    def __exit__(self, *args):
        return None


_mirror.install(__name__, RLock=lambda ctx: lambda: NoopWithRLock(ctx=ctx))
