"""Broken: get_all_start_methods() lists only 'fork'."""

from tests.broken import _mirror

BREAKS = {"context.get_all_start_methods.values", "context.spawn.availability", "context.forkserver.availability",
          "context.get_all_start_methods.linux_order", "context.get_all_start_methods.macos_order",
          "context.get_all_start_methods.windows"}

_mirror.install(__name__, get_all_start_methods=lambda ctx: lambda: ["fork"])
