"""Broken: a process waits for its daemonic children to end before it exits, instead of terminating them."""

from multiprocessing import process

from tests.broken import _mirror

BREAKS = {"process.daemon.terminated_not_joined", "process.daemon.terminated_on_parent_exit"}


class JoinsDaemons:
    def run(self):
        super().run()
        for child in process.active_children():
            if child.daemon:
                child.join()


_mirror.install(__name__, Process=_mirror.process_classes(__name__, JoinsDaemons))
