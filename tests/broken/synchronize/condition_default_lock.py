"""Broken: Condition() without a lock uses a non-recursive Lock instead of an RLock."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.condition.ctor.default_rlock"}

_mirror.install(__name__, Condition=lambda ctx: lambda lock=None: synchronize.Condition(lock or ctx.Lock(), ctx=ctx))
