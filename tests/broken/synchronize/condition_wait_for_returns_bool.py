"""Broken: Condition.wait_for() returns bool(predicate()) instead of the predicate's last value."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.condition.wait_for.returns_predicate"}


class BoolWaitForCondition(synchronize.Condition):
    def wait_for(self, predicate, timeout=None):
        return bool(super().wait_for(predicate, timeout))


_mirror.install(__name__, Condition=lambda ctx: lambda lock=None: BoolWaitForCondition(lock, ctx=ctx))
