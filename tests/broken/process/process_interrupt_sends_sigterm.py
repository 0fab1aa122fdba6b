"""Broken: interrupt() sends SIGTERM (Python 3.14+)."""

from tests.broken import _mirror

BREAKS = {
    "process.interrupt.caught_not_terminated",
    "process.interrupt.exitcode_one",
    "process.interrupt.keyboardinterrupt",
    "process.interrupt.sigint",
}


class InterruptTerminates:
    def interrupt(self):
        self._check_closed()
        self._popen.terminate()


_mirror.install(__name__, Process=_mirror.process_classes(__name__, InterruptTerminates))
