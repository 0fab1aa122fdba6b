"""Broken: close() marks the Process closed but keeps its resources (the sentinel stays open)."""

from tests.broken import _mirror

BREAKS = {"process.close.releases"}


class KeepsResources:
    def close(self):
        if self._popen is not None and self._popen.poll() is None:
            raise ValueError("process is running")
        self._closed = True


_mirror.install(__name__, Process=_mirror.process_classes(__name__, KeepsResources))
