"""Broken: SimpleQueue.close() closes only the reading end of its pipe, leaking the writing end."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.simplequeue.close.releases"}


class LeakySimpleQueue(queues.SimpleQueue):
    def close(self):
        self._reader.close()


_mirror.install(__name__, SimpleQueue=lambda ctx: lambda: LeakySimpleQueue(ctx=ctx))
