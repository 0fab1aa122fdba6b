"""Broken: daemonic children are not tracked, so nothing terminates them when their parent exits."""

from multiprocessing import process

from tests.broken import _mirror

BREAKS = {"process.daemon.terminated_on_parent_exit"}


class UntrackedDaemon:
    def start(self):
        super().start()
        if self.daemon:
            process._children.discard(self)


_mirror.install(__name__, Process=_mirror.process_classes(__name__, UntrackedDaemon))
