"""Broken: add_done_callback() on a done future lets the callback's exception propagate."""

from concurrent.futures import Future

from tests.broken import _mirror

BREAKS = {"executor.future.done_callback_exception_ignored"}


class RaisingFuture(Future):
    def add_done_callback(self, fn):
        with self._condition:
            if not self.done():
                self._done_callbacks.append(fn)
                return
        fn(self)


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=_mirror.executor_with_futures(RaisingFuture))
