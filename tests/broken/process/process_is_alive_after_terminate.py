"""Broken: is_alive() stays True once terminate() was called."""

from tests.broken import _mirror

BREAKS = {"process.is_alive.after_terminate", "process.terminate.no_cleanup"}


class AliveAfterTerminate:
    def terminate(self):
        self._terminated = True
        super().terminate()

    def is_alive(self):
        return getattr(self, "_terminated", False) or super().is_alive()


_mirror.install(__name__, Process=_mirror.process_classes(__name__, AliveAfterTerminate))
