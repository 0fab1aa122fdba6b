"""Broken: start() on a process that already ran starts it again."""

from tests.broken import _mirror

BREAKS = {"process.start.at_most_once"}


class Restartable:
    def start(self):
        if self._popen is not None and self._popen.poll() is not None:
            self._popen = None
            self._target, self._args, self._kwargs = self._started_with  # start() deleted them
        else:
            self._started_with = (self._target, self._args, self._kwargs)
        super().start()


_mirror.install(__name__, Process=_mirror.process_classes(__name__, Restartable))
