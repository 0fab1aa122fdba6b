"""Broken: is_alive() is False even while the process runs."""

from tests.broken import _mirror

BREAKS = {
    "process.close.running_raises",
    "process.is_alive.returns",
    "process.join.timeout",
    "process.nondaemon.joined_at_exit",
}


class NeverAlive:
    def is_alive(self):
        super().is_alive()
        return False


_mirror.install(__name__, Process=_mirror.process_classes(__name__, NeverAlive))
