"""Broken: Barrier.wait() returns 0 to every party."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.barrier.wait.blocks_until_parties"}
# synchronize.barrier.reset.breaks_waiters fails too, and is blocked by the above, which it needs (broken elsewhere, by
# barrier_reset_noop and barrier_reset_is_abort).


class SameIndexBarrier(synchronize.Barrier):
    def wait(self, timeout=None):
        super().wait(timeout)
        return 0


_mirror.install(__name__, Barrier=lambda ctx: lambda parties, action=None, timeout=None: SameIndexBarrier(parties, action, timeout, ctx=ctx))
