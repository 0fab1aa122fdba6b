"""Broken: is_alive() looks at the sentinel and never joins a finished process."""

from multiprocessing.connection import wait

from tests.broken import _mirror

BREAKS = {"process.close.then_valueerror", "process.is_alive.joins_finished"}


class SentinelIsAlive:
    def is_alive(self):
        if self._popen is None:
            return False
        return not wait([self.sentinel], 0)


_mirror.install(__name__, Process=_mirror.process_classes(__name__, SentinelIsAlive))
