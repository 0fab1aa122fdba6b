"""Broken: set_forkserver_preload() imports the modules at once in the caller, so a missing one raises ImportError."""

import importlib

from tests.broken import _mirror

BREAKS = {"context.set_forkserver_preload.importerror_ignored"}
START_METHODS = ("forkserver",)


def _preload(ctx):
    def set_forkserver_preload(module_names):
        for name in module_names:
            importlib.import_module(name)
        ctx.set_forkserver_preload(module_names)
    return set_forkserver_preload


_mirror.install(__name__, set_forkserver_preload=_preload)
