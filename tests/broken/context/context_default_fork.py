"""Broken: the default start method is 'fork' on every platform and version."""

import sys

import multiprocessing
from multiprocessing import context

from tests.broken import _mirror

BREAKS = {"context.spawn.default_macos", "context.spawn.default_windows", "context.forkserver.default_3_14",
          "context.spawn.default_without_writable_tempdir", "context.default.determined_when_first_needed"}
if sys.version_info >= (3, 14):  # fork first, where forkserver leads from 3.14
    BREAKS.add("context.get_all_start_methods.linux_order")

_mirror.install(__name__)

_default = context.DefaultContext(multiprocessing.get_context("fork"))
get_start_method = _default.get_start_method
get_all_start_methods = _default.get_all_start_methods
set_start_method = _default.set_start_method
