"""Broken: parent_process() in the main process returns the main process instead of None."""

import multiprocessing

from tests.broken import _mirror

BREAKS = {"process.parent_process.main_none"}


def parent_process():
    return multiprocessing.parent_process() or multiprocessing.current_process()


_mirror.install(__name__, parent_process=lambda ctx: parent_process)
