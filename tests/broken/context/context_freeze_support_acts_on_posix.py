"""Broken: freeze_support() acts in a frozen program on every platform, not only on Windows."""

import sys

from multiprocessing import spawn

from tests.broken import _mirror

BREAKS = {"context.freeze_support.noop_non_windows", "context.freeze_support.noop_not_spawn"}


def freeze_support():
    if getattr(sys, "frozen", False):
        spawn.freeze_support()


_mirror.install(__name__, freeze_support=lambda ctx: freeze_support)
