"""Broken: set_forkserver_preload() accepts on_error but always ignores an ImportError, as with 'ignore'."""

from tests.broken import _mirror

BREAKS = {"context.set_forkserver_preload.on_error_warn", "context.set_forkserver_preload.on_error_fail"}
START_METHODS = ("forkserver",)

_mirror.install(__name__, set_forkserver_preload=lambda ctx: lambda module_names, *, on_error="ignore":
                ctx.set_forkserver_preload(module_names))
