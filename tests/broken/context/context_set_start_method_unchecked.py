"""Broken: set_start_method() replaces a start method already set instead of raising RuntimeError."""

import multiprocessing

from tests.broken import _mirror

BREAKS = {"context.set_start_method.already_set_raises", "context.get_start_method.fixes_default"}

_mirror.install(__name__)


def set_start_method(method, force=False):
    multiprocessing.set_start_method(method, force=force or method is not None)
