"""Broken: a blocked Condition.wait() swallows KeyboardInterrupt and returns False."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.condition.wait.sigint_interrupts"}


class SigintProofCondition(synchronize.Condition):
    def wait(self, timeout=None):
        try:
            return super().wait(timeout)
        except KeyboardInterrupt:
            return False


_mirror.install(__name__, Condition=lambda ctx: lambda lock=None: SigintProofCondition(lock, ctx=ctx))
