"""Broken: join(timeout) waits for the process to end whatever the timeout."""

from tests.broken import _mirror

BREAKS = {"process.join.timeout"}


class NoJoinTimeout:
    def join(self, timeout=None):
        return super().join()


_mirror.install(__name__, Process=_mirror.process_classes(__name__, NoJoinTimeout))
