"""Broken: is_alive() looks at the sentinel and never joins a finished process."""

from multiprocessing.connection import wait

from tests.broken import _mirror

BREAKS = {"process.close.then_valueerror", "process.is_alive.joins_finished"}
# A forkserver child's sentinel is the forkserver's socket, which join() reads the exit status from: its end of file,
# what is_alive() looks for here, may come only just after join() returns.
MAY_BREAK = {"process.is_alive.returns", "process.is_alive.after_terminate"}


class SentinelIsAlive:
    def is_alive(self):
        if self._popen is None:
            return False
        return not wait([self.sentinel], 0)


_mirror.install(__name__, Process=_mirror.process_classes(__name__, SentinelIsAlive))
