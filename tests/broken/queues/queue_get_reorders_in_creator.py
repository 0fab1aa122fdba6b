"""Broken: in the process that created a Queue, get() returns the later of two waiting items first."""

import os

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.fifo.child_to_parent", "queues.queue.fifo.per_producer_order"}


class SwapsWaitingItems:
    """A Queue mixin: in the creating process, of two waiting items the later comes out first."""

    def _reset(self, *args, **kwargs):
        super()._reset(*args, **kwargs)
        if os.getpid() == self._opid:
            recv_bytes, poll, held = self._recv_bytes, self._poll, []

            def swapped_recv_bytes():
                if held:
                    return held.pop()
                first = recv_bytes()
                if poll():
                    held.append(first)
                    return recv_bytes()
                return first

            self._recv_bytes = swapped_recv_bytes
            self._poll = lambda timeout=0.0: bool(held) or poll(timeout)


class SwappingQueue(SwapsWaitingItems, queues.Queue):
    pass


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: SwappingQueue(maxsize, ctx=ctx))
