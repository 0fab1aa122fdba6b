"""Broken: set_start_method(None) without force leaves the start method unset instead of setting the default."""

import multiprocessing

from tests.broken import _mirror

BREAKS = {"context.set_start_method.none_no_force"}

_mirror.install(__name__)


def set_start_method(method, force=False):
    if method is None and multiprocessing.get_start_method(allow_none=True) is None:
        return
    multiprocessing.set_start_method(method, force)
