"""Broken: SimpleQueue.get() returns the later of two waiting items first."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.simplequeue.fifo.child_to_parent", "queues.simplequeue.fifo.parent_to_child"}


class SwappingSimpleQueue(queues.SimpleQueue):
    def get(self):
        held = self.__dict__.setdefault("_held", [])
        if held:
            return held.pop()
        first = super().get()
        if self._poll():
            held.append(first)
            return super().get()
        return first


_mirror.install(__name__, SimpleQueue=lambda ctx: lambda: SwappingSimpleQueue(ctx=ctx))
