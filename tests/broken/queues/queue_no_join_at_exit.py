"""Broken: a process that did not create a Queue exits without joining its feeder thread (join_thread() still works)."""

import os
import weakref

from multiprocessing import queues, util

from tests.broken import _mirror

BREAKS = {"queues.queue.join_thread.auto_at_exit"}


class NoExitJoinQueue(queues.Queue):
    def _start_thread(self):
        super()._start_thread()
        if os.getpid() != self._opid and self._jointhread is not None:
            self._jointhread.cancel()
            self._jointhread = util.Finalize(self._thread, queues.Queue._finalize_join, [weakref.ref(self._thread)])


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: NoExitJoinQueue(maxsize, ctx=ctx))
