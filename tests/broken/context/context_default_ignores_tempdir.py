"""Broken: from 3.14 the default start method on Linux is forkserver even without a writable temporary directory."""

import sys

import multiprocessing
from multiprocessing import context

from tests.broken import _mirror

BREAKS = {"context.spawn.default_without_writable_tempdir", "context.default.determined_when_first_needed"}

_mirror.install(__name__)

if sys.version_info >= (3, 14) and sys.platform == "linux":
    _default = context.DefaultContext(multiprocessing.get_context("forkserver"))
    get_start_method = _default.get_start_method
    get_all_start_methods = _default.get_all_start_methods
    set_start_method = _default.set_start_method
