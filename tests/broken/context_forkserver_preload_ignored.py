"""Broken: set_forkserver_preload() does nothing."""

from tests.broken import _mirror

BREAKS = {"context.set_forkserver_preload.imports", "context.set_forkserver_preload.importerror_ignored"}
START_METHODS = ("forkserver",)

_mirror.install(__name__, set_forkserver_preload=lambda ctx: lambda module_names: None)
