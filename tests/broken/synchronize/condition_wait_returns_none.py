"""Broken: Condition.wait() returns None instead of True or False."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {
    "synchronize.condition.notify.at_most_n",
    "synchronize.condition.notify_all.wakes_all",
    "synchronize.condition.wait.blocks_until_notify",
    "synchronize.condition.wait.timeout_false",
}


class NoneWaitCondition(synchronize.Condition):
    def wait(self, timeout=None):
        super().wait(timeout)


_mirror.install(__name__, Condition=lambda ctx: lambda lock=None: NoneWaitCondition(lock, ctx=ctx))
