"""Broken: start() does not join the finished children."""

from multiprocessing import process

from tests.broken import _mirror

BREAKS = {"process.start.reaps_finished"}


class NoCleanupOnStart:
    def start(self):
        cleanup, process._cleanup = process._cleanup, lambda: None
        try:
            super().start()
        finally:
            process._cleanup = cleanup


_mirror.install(__name__, Process=_mirror.process_classes(__name__, NoCleanupOnStart))
