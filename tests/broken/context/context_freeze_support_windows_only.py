"""Broken: freeze_support() acts only in a frozen program on Windows, as up to 3.13, not with spawn elsewhere."""

import sys

from multiprocessing import spawn

from tests.broken import _mirror

BREAKS = {"context.freeze_support.frozen_spawn_child"}
START_METHODS = ("spawn",)


def freeze_support():
    if sys.platform == "win32" and getattr(sys, "frozen", False):
        spawn.freeze_support()


_mirror.install(__name__, freeze_support=lambda ctx: freeze_support)
