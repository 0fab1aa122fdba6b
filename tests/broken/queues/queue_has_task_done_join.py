"""Broken: Queue is a JoinableQueue, so it has task_done() and join()."""

from tests.broken import _mirror

BREAKS = {"queues.queue.api.lacks_task_done_join"}

_mirror.install(__name__, Queue=lambda ctx: ctx.JoinableQueue)
