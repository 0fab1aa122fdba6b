"""Broken: every Pool is kept referenced, so garbage collection never terminates it."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.terminate.on_gc"}

_KEPT = []


def _kept_pool(ctx, *args, **kwargs):
    p = pool.Pool(*args, context=ctx, **kwargs)
    _KEPT.append(p)
    return p


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: _kept_pool(ctx, *args, **kwargs))
