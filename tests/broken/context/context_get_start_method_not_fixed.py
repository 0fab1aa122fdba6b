"""Broken: get_start_method() returns the default start method without fixing it."""

import multiprocessing

from tests.broken import _mirror

BREAKS = {"context.get_start_method.fixes_default"}

_mirror.install(__name__)


def get_start_method(allow_none=False):
    method = multiprocessing.get_start_method(allow_none=True)
    if method is None and not allow_none:
        return multiprocessing.get_all_start_methods()[0]
    return method
