"""Broken: sentinel is a descriptor that never becomes ready."""

import os

from tests.broken import _mirror

BREAKS = {
    "misc.active_children.joins_finished",
    "process.close.releases",
    "process.close.then_valueerror",
    "process.is_alive.joins_finished",
    "process.sentinel.platform_type",
    "process.sentinel.ready_on_end",
    "process.start.reaps_finished",
}


class DeadSentinel:
    @property
    def sentinel(self):
        if not hasattr(self, "_never"):
            self._never = os.pipe()
        return self._never[0]


_mirror.install(__name__, Process=_mirror.process_classes(__name__, DeadSentinel))
