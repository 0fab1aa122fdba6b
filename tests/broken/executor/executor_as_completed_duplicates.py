"""Broken: as_completed() yields a future once for each time it was given."""

import concurrent.futures

from tests.broken import _mirror

BREAKS = {"executor.as_completed.order"}


def as_completed(fs, timeout=None):
    fs = list(fs)
    for future in concurrent.futures.as_completed(fs, timeout):
        yield from [future] * fs.count(future)


_mirror.install(__name__)
futures = _mirror.patched_futures(as_completed=as_completed)
