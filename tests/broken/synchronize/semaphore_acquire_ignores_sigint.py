"""Broken: a blocked Semaphore.acquire() swallows KeyboardInterrupt and returns False."""

from multiprocessing import synchronize

from tests.broken import _mirror
from tests.broken.synchronize.lock_acquire_ignores_sigint import SwallowsSigint

BREAKS = {"synchronize.semaphore.acquire.sigint_interrupts"}


class SigintProofSemaphore(SwallowsSigint, synchronize.Semaphore):
    pass


_mirror.install(__name__, Semaphore=lambda ctx: lambda value=1: SigintProofSemaphore(value, ctx=ctx))
