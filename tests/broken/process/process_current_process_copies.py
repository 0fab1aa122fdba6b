"""Broken: current_process() in a child returns a new copy of its Process object on every call."""

import copy
import multiprocessing

from tests.broken import _mirror

BREAKS = {"process.current_process.returns"}


def current_process():
    me = multiprocessing.current_process()
    return me if multiprocessing.parent_process() is None else copy.copy(me)


_mirror.install(__name__, current_process=lambda ctx: current_process)
