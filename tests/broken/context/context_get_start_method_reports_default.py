"""Broken: get_start_method() reports the platform's default start method, not the one set."""

import multiprocessing

from tests.broken import _mirror

BREAKS = {"context.get_start_method.returns_name", "context.get_start_method.allow_none"}
START_METHODS = ("spawn",)

_mirror.install(__name__)


def get_start_method(allow_none=False):
    method = multiprocessing.get_start_method(allow_none)
    return None if method is None else multiprocessing.get_all_start_methods()[0]
