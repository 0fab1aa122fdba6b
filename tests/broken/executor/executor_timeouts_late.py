"""Broken: Future.result(timeout) and exception(timeout) (so also map()'s iterator), wait() and as_completed() give up
20 times later than timeout (a call that completes still ends them at once)."""

import concurrent.futures
from concurrent.futures import Future

from tests.broken import _late, _mirror

BREAKS = {"executor.future.result_timeout", "executor.map.timeout", "executor.wait.timeout", "executor.as_completed.timeout"}


class LateFuture(Future):
    def result(self, timeout=None):
        return super().result(_late.late(timeout))

    def exception(self, timeout=None):
        return super().exception(_late.late(timeout))


def wait(fs, timeout=None, return_when=concurrent.futures.ALL_COMPLETED):
    return concurrent.futures.wait(fs, _late.late(timeout), return_when)


def as_completed(fs, timeout=None):
    return concurrent.futures.as_completed(fs, _late.late(timeout))


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=_mirror.executor_with_futures(LateFuture), wait=wait,
                                  as_completed=as_completed)
