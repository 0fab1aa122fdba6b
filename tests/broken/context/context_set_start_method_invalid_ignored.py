"""Broken: set_start_method() of an unknown start method does nothing instead of raising ValueError."""

import multiprocessing

from tests.broken import _mirror

BREAKS = {"context.set_start_method.invalid_raises"}

_mirror.install(__name__)


def set_start_method(method, force=False):
    if method in (None, *multiprocessing.get_all_start_methods()):
        multiprocessing.set_start_method(method, force)
