"""Broken: Condition.wait() returns without reacquiring the lock."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {
    "synchronize.condition.wait.blocks_until_notify",
    "synchronize.condition.wait.timeout_false",
    "synchronize.condition.wait_for.returns_predicate",
}


class LockDroppingCondition(synchronize.Condition):
    def wait(self, timeout=None):
        count = self._lock._semlock._count()
        result = super().wait(timeout)
        for _ in range(count):
            self._lock.release()
        return result


_mirror.install(__name__, Condition=lambda ctx: lambda lock=None: LockDroppingCondition(lock, ctx=ctx))
