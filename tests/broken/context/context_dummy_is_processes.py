"""Broken: multiprocessing.dummy runs processes: its Process and Pool are the process-based ones."""

import multiprocessing
from multiprocessing import dummy

from tests.broken import _mirror

BREAKS = {"context.dummy.wraps_threading", "context.dummy.pool_is_threadpool"}

_mirror.install(__name__, submodules={"dummy": _mirror.patched_module(
    dummy, Process=multiprocessing.Process, Pool=multiprocessing.Pool)})
