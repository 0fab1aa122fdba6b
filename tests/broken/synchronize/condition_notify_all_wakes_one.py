"""Broken: Condition.notify_all() wakes only one waiter."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.condition.notify_all.wakes_all"}


class NotifyOneCondition(synchronize.Condition):
    def notify_all(self):
        self.notify(1)


_mirror.install(__name__, Condition=lambda ctx: lambda lock=None: NotifyOneCondition(lock, ctx=ctx))
