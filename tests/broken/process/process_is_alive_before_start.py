"""Broken: is_alive() is True before start()."""

from tests.broken import _mirror

BREAKS = {"process.close.then_valueerror", "process.is_alive.before_start"}


class AliveBeforeStart:
    def is_alive(self):
        return True if self._popen is None else super().is_alive()


_mirror.install(__name__, Process=_mirror.process_classes(__name__, AliveBeforeStart))
