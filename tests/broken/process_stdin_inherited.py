"""Broken: the child keeps its parent's sys.stdin instead of one opened on os.devnull."""

from multiprocessing import util

from tests.broken import _mirror

BREAKS = {"process.stdin.devnull"}


class KeepsStdin:
    def _bootstrap(self, *args, **kwargs):
        util._close_stdin = lambda: None
        return super()._bootstrap(*args, **kwargs)


_mirror.install(__name__, Process=_mirror.process_classes(__name__, KeepsStdin))
