"""Broken: set_start_method() ignores force, so a start method once set can never be changed or unset."""

import multiprocessing

from tests.broken import _mirror

BREAKS = {"context.set_start_method.force_overrides", "context.set_start_method.force_none",
          "context.set_start_method.values"}

_mirror.install(__name__)


def set_start_method(method, force=False):
    multiprocessing.set_start_method(method)
