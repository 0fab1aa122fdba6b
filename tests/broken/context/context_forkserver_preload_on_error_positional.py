"""Broken: set_forkserver_preload() also takes on_error by position (Python 3.15+)."""

import sys

from tests.broken import _mirror

BREAKS = {"context.set_forkserver_preload.on_error_keyword_only"}
START_METHODS = ("forkserver",)

if sys.version_info >= (3, 15):
    _mirror.install(__name__, set_forkserver_preload=lambda ctx: lambda module_names, on_error="ignore":
                    ctx.set_forkserver_preload(module_names, on_error=on_error))
else:
    _mirror.install(__name__)
