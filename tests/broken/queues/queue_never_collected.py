"""Broken: Queue objects are kept alive forever, so garbage collection never closes them."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.close.auto_on_gc"}

_ALL = []


def _kept(ctx, maxsize):
    q = queues.Queue(maxsize, ctx=ctx)
    _ALL.append(q)
    return q


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: _kept(ctx, maxsize))
