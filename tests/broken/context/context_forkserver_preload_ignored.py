"""Broken: set_forkserver_preload() does nothing."""

from tests.broken import _mirror

BREAKS = {"context.set_forkserver_preload.imports", "context.set_forkserver_preload.importerror_ignored",
          "context.set_forkserver_preload.on_error_ignore", "context.set_forkserver_preload.on_error_warn",
          "context.set_forkserver_preload.on_error_fail"}
START_METHODS = ("forkserver",)

_mirror.install(__name__, set_forkserver_preload=lambda ctx: lambda module_names, *, on_error="ignore": None)
