"""Broken: terminate() sends SIGKILL."""

from tests.broken import _mirror

BREAKS = {
    "process.repr.states",
    "process.terminate.exitcode",
    "process.terminate.sigterm",
}


class TerminateKills:
    def terminate(self):
        self._check_closed()
        self._popen.kill()


_mirror.install(__name__, Process=_mirror.process_classes(__name__, TerminateKills))
