"""Broken: kill() sends SIGTERM."""

from tests.broken import _mirror

BREAKS = {"process.kill.sigkill"}


class GentleKill:
    def kill(self):
        self._check_closed()
        self._popen.terminate()


_mirror.install(__name__, Process=_mirror.process_classes(__name__, GentleKill))
