"""Broken: Condition(lock) ignores the given lock and uses a new RLock of its own."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.condition.ctor.lock_param", "synchronize.condition.wait.blocks_until_notify"}

_mirror.install(__name__, Condition=lambda ctx: lambda lock=None: synchronize.Condition(None, ctx=ctx))
