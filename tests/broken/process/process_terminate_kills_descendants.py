"""Broken: a terminated process terminates its own children before it dies."""

import os
import signal

from multiprocessing import process

from tests.broken import _mirror

BREAKS = {"process.terminate.descendants_orphaned"}


def _terminate_family(signum, frame):
    for child in process.active_children():
        child.terminate()
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGTERM)


class FamilyTerminate:
    def run(self):
        signal.signal(signal.SIGTERM, _terminate_family)
        super().run()


_mirror.install(__name__, Process=_mirror.process_classes(__name__, FamilyTerminate))
