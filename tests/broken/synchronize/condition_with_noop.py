"""Broken: `with cond:` neither acquires nor releases the Condition's lock."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {
    "synchronize.condition.notify.at_most_n",
    "synchronize.condition.notify_all.wakes_all",
    "synchronize.condition.wait.blocks_until_notify",
    "synchronize.condition.wait.sigint_interrupts",
    "synchronize.condition.wait.timeout_false",
    "synchronize.condition.wait_for.returns_predicate",
    "synchronize.condition.with.acquires_releases",
}


class NoopWithCondition(synchronize.Condition):
    def __enter__(self):
        return True

    def __exit__(self, *args):
        return None


_mirror.install(__name__, Condition=lambda ctx: lambda lock=None: NoopWithCondition(lock, ctx=ctx))
