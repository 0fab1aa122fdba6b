"""Broken: a blocked BoundedSemaphore.acquire() swallows KeyboardInterrupt and returns False."""

from multiprocessing import synchronize

from tests.broken import _mirror
from tests.broken.synchronize.lock_acquire_ignores_sigint import SwallowsSigint

BREAKS = {"synchronize.boundedsemaphore.acquire.sigint_interrupts"}


class SigintProofBoundedSemaphore(SwallowsSigint, synchronize.BoundedSemaphore):
    pass


_mirror.install(__name__, BoundedSemaphore=lambda ctx: lambda value=1: SigintProofBoundedSemaphore(value, ctx=ctx))
