"""Broken: pid is the calling process's id once the process started."""

import os

from tests.broken import _mirror

BREAKS = {
    "process.active_children.joins_finished",
    "process.close.then_valueerror",
    "process.is_alive.joins_finished",
    "process.pid.none_before_start",
    "process.start.reaps_finished",
    "process.start.runs_in_child",
}


class CallersPid:
    @property
    def pid(self):
        return None if self._popen is None else os.getpid()


_mirror.install(__name__, Process=_mirror.process_classes(__name__, CallersPid))
