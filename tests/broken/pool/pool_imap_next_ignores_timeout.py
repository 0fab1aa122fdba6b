"""Broken: next(timeout) of the Pool.imap() iterator ignores the timeout and waits for the result."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.imap.next_timeout"}


class PatientIterator:
    def __init__(self, it):
        self._it = it

    def __iter__(self):
        return self

    def next(self, timeout=None):
        return self._it.next()

    __next__ = next


class PatientPool(pool.Pool):
    def imap(self, *args, **kwargs):
        return PatientIterator(super().imap(*args, **kwargs))


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: PatientPool(*args, context=ctx, **kwargs))
