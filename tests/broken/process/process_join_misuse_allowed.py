"""Broken: join() returns None for the current process itself and for a process not started."""

from multiprocessing import process

from tests.broken import _mirror

BREAKS = {
    "process.close.then_valueerror",
    "process.join.before_start_error",
    "process.join.self_error",
}


class LenientJoin:
    def join(self, timeout=None):
        if self is process.current_process() or self._popen is None:
            return None
        return super().join(timeout)


_mirror.install(__name__, Process=_mirror.process_classes(__name__, LenientJoin))
