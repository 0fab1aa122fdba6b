"""Broken: wait() and as_completed() ignore their timeout."""

import concurrent.futures

from tests.broken import _mirror

BREAKS = {"executor.wait.timeout", "executor.as_completed.timeout"}


def wait(fs, timeout=None, return_when=concurrent.futures.ALL_COMPLETED):
    return concurrent.futures.wait(fs, None, return_when)


def as_completed(fs, timeout=None):
    return concurrent.futures.as_completed(fs)


_mirror.install(__name__)
futures = _mirror.patched_futures(wait=wait, as_completed=as_completed)
