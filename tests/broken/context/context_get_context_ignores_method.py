"""Broken: get_context(method) ignores the method and returns the variant's own context, even for unknown names."""

from tests.broken import _mirror

BREAKS = {"context.get_context.unavailable_raises", "context.get_context.multiple_methods", "context.fork.posix_only",
          "context.spawn.availability"}
START_METHODS = ("fork", "forkserver")  # on spawn the variant's own context is the one get_context('spawn') should return

_mirror.install(__name__, get_context=lambda ctx: lambda method=None: ctx)
