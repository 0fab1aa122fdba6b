"""Broken: in the process that created a JoinableQueue, get() returns the later of two waiting items first."""

import os

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"joinablequeue.fifo.child_to_parent"}


class SwappingJoinableQueue(queues.JoinableQueue):
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


_mirror.install(__name__, JoinableQueue=lambda ctx: lambda maxsize=0: SwappingJoinableQueue(maxsize, ctx=ctx))
