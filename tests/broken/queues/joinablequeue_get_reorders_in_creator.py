"""Broken: in the process that created a JoinableQueue, get() returns the later of two waiting items first."""

from multiprocessing import queues

from tests.broken import _mirror
from tests.broken.queues.queue_get_reorders_in_creator import SwapsWaitingItems

BREAKS = {"queues.joinablequeue.fifo.child_to_parent"}


class SwappingJoinableQueue(SwapsWaitingItems, queues.JoinableQueue):
    pass


_mirror.install(__name__, JoinableQueue=lambda ctx: lambda maxsize=0: SwappingJoinableQueue(maxsize, ctx=ctx))
