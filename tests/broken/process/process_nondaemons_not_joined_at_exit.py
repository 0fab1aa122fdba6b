"""Broken: a process exits without waiting for its non-daemonic children."""

from multiprocessing import process

from tests.broken import _mirror

BREAKS = {"process.nondaemon.joined_at_exit"}


class LeavesChildren:
    def run(self):
        super().run()
        for child in process.active_children():
            if not child.daemon:
                process._children.discard(child)


_mirror.install(__name__, Process=_mirror.process_classes(__name__, LeavesChildren))
