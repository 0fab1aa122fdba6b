"""Broken: Barrier.wait() gives up 5 s after its timeout (its own, or the Barrier's default)."""

from multiprocessing import synchronize

from tests.broken import _mirror, _late

BREAKS = {"synchronize.barrier.wait.timeout_broken"}


class LateBarrier(synchronize.Barrier):
    def wait(self, timeout=None):
        return super().wait(_late.late(self._timeout if timeout is None else timeout))


_mirror.install(__name__, Barrier=lambda ctx: lambda parties, action=None, timeout=None: LateBarrier(parties, action, timeout, ctx=ctx))
