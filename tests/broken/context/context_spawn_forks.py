"""Broken: the spawn context starts its children with fork."""

import multiprocessing

from tests.broken import _mirror

BREAKS = {"context.spawn.fresh_interpreter", "context.spawn.globals_may_differ", "context.main_module.safe_import"}
START_METHODS = ("spawn",)


def _process(ctx):
    return multiprocessing.get_context("fork").Process if ctx.get_start_method() == "spawn" else ctx.Process


_mirror.install(__name__, Process=_process)
