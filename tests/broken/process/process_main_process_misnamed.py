"""Broken: current_process() in the main process is named 'MainThread' instead of 'MainProcess'."""

import multiprocessing

from tests.broken import _mirror

BREAKS = {"process.parent_process.returns", "process.name.main_process"}


class _Renamed:
    name = "MainThread"

    def __init__(self, process):
        self._process = process

    def __getattr__(self, attr):
        return getattr(self._process, attr)


def current_process():
    me = multiprocessing.current_process()
    return _Renamed(me) if multiprocessing.parent_process() is None else me


_mirror.install(__name__, current_process=lambda ctx: current_process)
