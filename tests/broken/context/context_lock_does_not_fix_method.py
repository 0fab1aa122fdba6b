"""Broken: the package's Lock() uses a context of the default method without fixing the global start method."""

import multiprocessing

from tests.broken import _mirror

BREAKS = {"context.global.implicit_set"}

_mirror.install(__name__)


def Lock():
    return multiprocessing.get_context(multiprocessing.get_all_start_methods()[0]).Lock()
