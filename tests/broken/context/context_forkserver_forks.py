"""Broken: the forkserver context forks its children from the parent instead of from a fork server."""

import multiprocessing

from tests.broken import _mirror

BREAKS = {"context.forkserver.server_spawned", "context.forkserver.single_threaded", "context.spawn.globals_may_differ"}
START_METHODS = ("forkserver",)


def _process(ctx):
    return multiprocessing.get_context("fork").Process if ctx.get_start_method() == "forkserver" else ctx.Process


_mirror.install(__name__, Process=_process)
