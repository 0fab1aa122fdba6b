"""Broken: sentinel is a descriptor that never becomes ready."""

import os

from tests.broken import _mirror

BREAKS = {
    "process.close.releases",
    "process.close.then_valueerror",
    "process.sentinel.platform_type",
    "process.sentinel.ready_on_end",
}


class DeadSentinel:
    @property
    def sentinel(self):
        if not hasattr(self, "_never"):
            self._never = os.pipe()
        return self._never[0]


_mirror.install(__name__, Process=_mirror.process_classes(__name__, DeadSentinel))
