"""Broken: a blocked RLock.acquire() swallows KeyboardInterrupt and returns False."""

from multiprocessing import synchronize

from tests.broken import _mirror
from tests.broken.synchronize.lock_acquire_ignores_sigint import SwallowsSigint

BREAKS = {"synchronize.rlock.acquire.sigint_interrupts"}


class SigintProofRLock(SwallowsSigint, synchronize.RLock):
    pass


_mirror.install(__name__, RLock=lambda ctx: lambda : SigintProofRLock(ctx=ctx))
