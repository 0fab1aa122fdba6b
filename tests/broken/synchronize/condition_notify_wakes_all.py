"""Broken: Condition.notify(n) wakes every waiter, whatever n."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.condition.notify.at_most_n"}


class NotifyAllCondition(synchronize.Condition):
    def notify(self, n=1):
        super().notify(n=2 ** 31)


_mirror.install(__name__, Condition=lambda ctx: lambda lock=None: NotifyAllCondition(lock, ctx=ctx))
