"""Broken: JoinableQueue(maxsize) ignores maxsize and is unbounded."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.joinablequeue.ctor.maxsize"}

_mirror.install(__name__, JoinableQueue=lambda ctx: lambda maxsize=0: queues.JoinableQueue(0, ctx=ctx))
