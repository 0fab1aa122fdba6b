"""Broken: the default start method is 'fork' on every platform and version."""

import multiprocessing
from multiprocessing import context

from tests.broken import _mirror

BREAKS = {"context.spawn.default_macos", "context.spawn.default_windows", "context.forkserver.default_3_14"}

_mirror.install(__name__)

_default = context.DefaultContext(multiprocessing.get_context("fork"))
get_start_method = _default.get_start_method
set_start_method = _default.set_start_method
