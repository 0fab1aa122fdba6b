"""Broken: Condition.notify() and notify_all() wake nobody (they only check that the caller holds the lock)."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {
    "synchronize.condition.notify.at_most_n",
    "synchronize.condition.notify_all.wakes_all",
    "synchronize.condition.wait.blocks_until_notify",
    "synchronize.condition.wait_for.returns_predicate",
}


class DeafCondition(synchronize.Condition):
    def notify(self, n=1):
        assert self._lock._semlock._is_mine(), "lock is not owned"


_mirror.install(__name__, Condition=lambda ctx: lambda lock=None: DeafCondition(lock, ctx=ctx))
