"""Broken: join(timeout) on a process that still runs returns LATE_BY s after the timeout."""

import time

from tests.broken import _mirror
from tests.broken._late import LATE_BY

BREAKS = {"process.join.timeout"}


class LateJoin:
    def join(self, timeout=None):
        super().join(timeout)
        if self.exitcode is None:
            time.sleep(LATE_BY)


_mirror.install(__name__, Process=_mirror.process_classes(__name__, LateJoin))
