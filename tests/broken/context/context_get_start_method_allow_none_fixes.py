"""Broken: get_start_method(allow_none=True) fixes the default start method and returns it instead of None."""

import multiprocessing

from tests.broken import _mirror

BREAKS = {"context.get_start_method.allow_none", "context.get_context.method_values",
          "context.get_context.none_fixes_global", "context.set_start_method.force_none",
          "context.set_start_method.invalid_raises"}

_mirror.install(__name__)


def get_start_method(allow_none=False):
    return multiprocessing.get_start_method()
