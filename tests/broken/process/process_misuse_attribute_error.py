"""Broken: the misuses of a Process that stdlib refuses (start() twice, or in a daemonic process; join() before start()
or of itself; setting daemon after start()) raise AttributeError, as from a bug, instead of being refused."""

import os

from multiprocessing import process

from tests.broken import _mirror

BREAKS = {
    "process.daemon.set_before_start",
    "process.join.before_start_error",
    "process.join.self_error",
    "process.start.at_most_once",
    "process.start.daemon_no_children",
}


class MisuseIsABug:
    def start(self):
        if self._popen is not None or process.current_process().daemon:
            raise AttributeError("'NoneType' object has no attribute 'start'")
        super().start()

    def join(self, timeout=None):
        if self._popen is None or self._parent_pid != os.getpid():
            raise AttributeError("'NoneType' object has no attribute 'wait'")
        super().join(timeout)

    @property
    def daemon(self):
        return self._config.get("daemon", False)

    @daemon.setter
    def daemon(self, value):
        if self._popen is not None:
            raise AttributeError("'Popen' object has no attribute 'daemon'")
        self._config["daemon"] = value


_mirror.install(__name__, Process=_mirror.process_classes(__name__, MisuseIsABug))
