"""Broken: set_forkserver_preload() imports the modules at once in the caller, so a missing one raises ImportError."""

import importlib

from tests.broken import _mirror

BREAKS = {"context.set_forkserver_preload.importerror_ignored", "context.set_forkserver_preload.on_error_ignore",
          "context.set_forkserver_preload.on_error_warn", "context.set_forkserver_preload.on_error_fail"}
START_METHODS = ("forkserver",)


def _preload(ctx):
    def set_forkserver_preload(module_names, **options):
        for name in module_names:
            importlib.import_module(name)
        ctx.set_forkserver_preload(module_names, **options)
    return set_forkserver_preload


_mirror.install(__name__, set_forkserver_preload=_preload)
