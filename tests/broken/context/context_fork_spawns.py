"""Broken: the fork context starts its children with spawn."""

import multiprocessing

from tests.broken import _mirror

BREAKS = {"context.fork.identical_child", "context.fork.deprecation_warning_threads"}


def _process(ctx):
    return multiprocessing.get_context("spawn").Process if ctx.get_start_method() == "fork" else ctx.Process


_mirror.install(__name__, Process=_process)
