"""Broken: the default start method is 'spawn' everywhere, though get_all_start_methods() lists the real default first."""

import multiprocessing
from multiprocessing import context

from tests.broken import _mirror

BREAKS = {"context.fork.default_until_3_13", "context.get_all_start_methods.default_first",
          "context.forkserver.default_3_14"}

_mirror.install(__name__)

_default = context.DefaultContext(multiprocessing.get_context("spawn"))
get_start_method = _default.get_start_method
set_start_method = _default.set_start_method
