"""Broken: add_done_callback() on a done future never calls the callback."""

from concurrent.futures import Future

from tests.broken import _mirror

BREAKS = {"executor.future.done_callback_immediate", "executor.future.done_callback_exception_ignored"}


class ForgetfulFuture(Future):
    def add_done_callback(self, fn):
        with self._condition:
            if not self.done():
                self._done_callbacks.append(fn)


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=_mirror.executor_with_futures(ForgetfulFuture))
