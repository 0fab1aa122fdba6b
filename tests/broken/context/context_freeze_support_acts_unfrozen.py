"""Broken: freeze_support() runs a child's main whenever the command line says so, frozen or not, on any platform,
whatever the start method."""

from multiprocessing import spawn

from tests.broken import _mirror

BREAKS = {"context.freeze_support.noop_not_frozen", "context.freeze_support.noop_non_windows",
          "context.freeze_support.noop_not_spawn"}


def freeze_support():
    spawn.freeze_support()


_mirror.install(__name__, freeze_support=lambda ctx: freeze_support)
