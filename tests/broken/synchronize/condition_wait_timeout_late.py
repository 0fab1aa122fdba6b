"""Broken: Condition.wait(timeout), and so wait_for(predicate, timeout), gives up 5 s after its timeout."""

from multiprocessing import synchronize

from tests.broken import _mirror, _late

BREAKS = {"synchronize.condition.wait.timeout_false", "synchronize.condition.wait_for.returns_predicate"}


class LateCondition(synchronize.Condition):
    def wait(self, timeout=None):
        return super().wait(_late.late(timeout))


_mirror.install(__name__, Condition=lambda ctx: lambda lock=None: LateCondition(lock, ctx=ctx))
