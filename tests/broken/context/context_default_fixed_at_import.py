"""Broken: the default start method is determined when the backend is imported, not when it is first needed."""

import multiprocessing
from multiprocessing import context

from tests.broken import _mirror

BREAKS = {"context.default.determined_when_first_needed"}

_mirror.install(__name__)

_default = context.DefaultContext(multiprocessing.get_context(multiprocessing.get_all_start_methods()[0]))
get_start_method = _default.get_start_method
get_all_start_methods = _default.get_all_start_methods
set_start_method = _default.set_start_method
