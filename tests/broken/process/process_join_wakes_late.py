"""Broken: join() without a timeout looks whether the process has ended only every LATE_BY s."""

from tests.broken import _mirror
from tests.broken._late import drowsy

BREAKS = {"process.join.blocks"}


class DrowsyJoin:
    def join(self, timeout=None):
        if timeout is None:
            drowsy(lambda: self.exitcode is not None)
        super().join(timeout)


_mirror.install(__name__, Process=_mirror.process_classes(__name__, DrowsyJoin))
