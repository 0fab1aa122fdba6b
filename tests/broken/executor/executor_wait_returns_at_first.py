"""Broken: concurrent.futures.wait() returns when the first future completes, whatever return_when says."""

import concurrent.futures

from tests.broken import _mirror

BREAKS = {"executor.wait.all_completed", "executor.wait.timeout"}  # wait(fs, timeout) returns before timeout once one is done


def wait(fs, timeout=None, return_when=concurrent.futures.ALL_COMPLETED):
    return concurrent.futures.wait(fs, timeout, concurrent.futures.FIRST_COMPLETED)


_mirror.install(__name__)
futures = _mirror.patched_futures(wait=wait)
