"""Broken: `with lock:` neither acquires nor releases the Lock."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.lock.with.acquires_releases"}


class NoopWithLock(synchronize.Lock):
    def __enter__(self):
        return True

    def __exit__(self, *args):
        return None


_mirror.install(__name__, Lock=lambda ctx: lambda: NoopWithLock(ctx=ctx))
