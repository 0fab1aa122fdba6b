"""Broken: close() of a running process terminates it instead of raising ValueError."""

from tests.broken import _mirror

BREAKS = {"process.close.running_raises"}


class ClosesRunning:
    def close(self):
        if self._popen is not None and self._popen.poll() is None:
            self.terminate()
            self.join()
        super().close()


_mirror.install(__name__, Process=_mirror.process_classes(__name__, ClosesRunning))
