"""Broken: Queue has a shutdown() method, as queue.Queue has from 3.13."""

from multiprocessing import queues

from tests.broken import _mirror

BREAKS = {"queues.queue.api.lacks_shutdown"}


class ShutdownQueue(queues.Queue):
    def shutdown(self, immediate=False):
        self.close()


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: ShutdownQueue(maxsize, ctx=ctx))
