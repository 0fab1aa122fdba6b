"""Broken: the child keeps its parent's sys.stdin instead of one opened on os.devnull."""

from multiprocessing import util

from tests.broken import _mirror

BREAKS = {"process.stdin.devnull"}
# A spawn child has no sys.stdin of its parent to keep, only descriptor 0 (/dev/null under pytest-xdist); the forkserver
# replaces stdin with os.devnull itself, before it forks any child.
START_METHODS = ("fork",)


class KeepsStdin:
    def _bootstrap(self, *args, **kwargs):
        util._close_stdin = lambda: None
        return super()._bootstrap(*args, **kwargs)


_mirror.install(__name__, Process=_mirror.process_classes(__name__, KeepsStdin))
