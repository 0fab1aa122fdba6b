"""Broken: Future done callbacks are called in the reverse of the order added."""

from concurrent.futures import Future

from tests.broken import _mirror

BREAKS = {"executor.future.done_callback"}


class ReversingFuture(Future):
    def add_done_callback(self, fn):
        with self._condition:
            if not self.done():
                self._done_callbacks.insert(0, fn)
                return
        super().add_done_callback(fn)


_mirror.install(__name__)
futures = _mirror.patched_futures(ProcessPoolExecutor=_mirror.executor_with_futures(ReversingFuture))
