"""Broken: SimpleQueue.empty() on a closed queue returns True instead of raising OSError."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.simplequeue.empty.closed_oserror"}


class LenientSimpleQueue(queues.SimpleQueue):
    def empty(self):
        try:
            return super().empty()
        except OSError:
            return True


_mirror.install(__name__, SimpleQueue=lambda ctx: lambda: LenientSimpleQueue(ctx=ctx))
