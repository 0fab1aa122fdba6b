"""Broken: concurrent.futures.wait() always waits for all futures (ALL_COMPLETED)."""

import concurrent.futures

from tests.broken import _mirror

BREAKS = {"executor.wait.first_completed", "executor.wait.first_exception"}


def wait(fs, timeout=None, return_when=concurrent.futures.ALL_COMPLETED):
    return concurrent.futures.wait(fs, timeout)


_mirror.install(__name__)
futures = _mirror.patched_futures(wait=wait)
