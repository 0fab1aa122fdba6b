"""Broken: terminate() unwinds the child, running its finally clauses, before it dies of SIGTERM."""

import os
import signal

from tests.broken import _mirror

BREAKS = {"process.terminate.no_cleanup"}


class _Terminated(BaseException):
    pass


def _unwind(signum, frame):
    raise _Terminated


class UnwindingTerminate:
    def run(self):
        signal.signal(signal.SIGTERM, _unwind)
        try:
            super().run()
        except _Terminated:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)


_mirror.install(__name__, Process=_mirror.process_classes(__name__, UnwindingTerminate))
